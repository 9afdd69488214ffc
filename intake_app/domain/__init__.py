"""Pure rules and value types of the intake post: no Qt, no database, no clock."""
