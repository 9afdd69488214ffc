<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../intake_app/ui/account_forms.py" line="+35"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi paling sedikit %1 karakter.</source>
        <translation>A password has at least %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
        <translation>The password must differ from the username.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hanya supervisor yang dapat mengelola akun petugas.</source>
        <translation>Only a supervisor can manage officer accounts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Akun itu tidak ada atau sudah dinonaktifkan.</source>
        <translation>That account does not exist or has been deactivated.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama pengguna %1 sudah dipakai.</source>
        <translation>The username %1 is already taken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Akun Anda sendiri tidak dapat dinonaktifkan.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../intake_app/ui/accounts_dialog.py" line="+155"/>
        <source>Akun petugas</source>
        <translation>Officer accounts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daftar akun petugas</source>
        <translation>List of officer accounts</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Daftar akun:</source>
        <translation>Account &amp;list:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tambah...</source>
        <translation>&amp;Add...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Atur &amp;ulang kata sandi...</source>
        <translation>&amp;Reset password...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutu&amp;p</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hanya supervisor yang dapat mengelola akun petugas.</source>
        <translation>Only a supervisor can manage officer accounts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Akun %1 dibuat.</source>
        <translation>Account %1 created.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kata sandi %1 telah diatur ulang.</source>
        <translation>The password of %1 has been reset.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Akun %1 dinonaktifkan.</source>
        <translation>Account %1 deactivated.</translation>
    </message>
</context>
<context>
    <name>AccountsMenu</name>
    <message>
        <location line="+7"/>
        <source>Aku&amp;n</source>
        <translation>Acco&amp;unts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Ganti kata sandi saya...</source>
        <translation>Change my pass&amp;word...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kelola akun petugas...</source>
        <translation>&amp;Manage officer accounts...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi Anda telah diganti. Pakai kata sandi baru saat masuk lagi.</source>
        <translation>Your password has been changed. Use the new password when you log in again.</translation>
    </message>
</context>
<context>
    <name>BackgroundIntegrityCheck</name>
    <message>
        <location filename="../../intake_app/ui/integrity_check.py" line="+75"/>
        <source>Data rusak</source>
        <translation>Data damaged</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pemeriksaan berkas data menemukan kerusakan. Jangan memasukkan data baru.</source>
        <translation>The check of the data file found damage. Do not enter new data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tutup aplikasi, lalu pulihkan cadangan terbaru yang masih baik:
intake-app restore %1</source>
        <translation>Close the application, then restore the newest good backup:
intake-app restore %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada cadangan yang baik. Hubungi dukungan teknis sebelum memasukkan data.</source>
        <translation>There is no good backup. Call technical support before entering data.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <location filename="../../intake_app/ui/badges.py" line="+16"/>
        <source>ANAK TANPA PENDAMPING</source>
        <translation>UNACCOMPANIED CHILD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <location filename="../../intake_app/ui/handover_people_picker.py" line="+49"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keluarga</source>
        <translation>Family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>sudah diserahterimakan</source>
        <translation>already handed over</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anak tanpa pendamping</source>
        <translation>unaccompanied child</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anak, didampingi %1</source>
        <translation>child, accompanied by %1</translation>
    </message>
</context>
<context>
    <name>ConfirmDeactivate</name>
    <message>
        <location filename="../../intake_app/ui/accounts_dialog.py" line="-163"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonaktifkan akun %1 (%2)? Petugas itu tidak dapat masuk lagi; catatan dan jejak auditnya tetap tersimpan.</source>
        <translation>Deactivate the account %1 (%2)? That officer can no longer log in; their records and audit trail are kept.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ConvoyDialog</name>
    <message>
        <location filename="../../intake_app/ui/convoy_dialog.py" line="+28"/>
        <source>Deportasi</source>
        <translation>Deportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemulangan oleh KJRI</source>
        <translation>Repatriation by KJRI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ubah kedatangan</source>
        <translation>Edit arrival</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kedatangan baru</source>
        <translation>New arrival</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tidak diisi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tidak diketahui</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Tiba</source>
        <translation>&amp;Arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depot</source>
        <translation>&amp;Depot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depot lain</source>
        <translation>Other depot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. &amp;surat KJRI</source>
        <translation>KJRI &amp;letter no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal surat KJRI</source>
        <translation>KJRI letter date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah &amp;diharapkan</source>
        <translation>&amp;Expected number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kendaraan</source>
        <translation>&amp;Vehicle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Isian kedatangan tidak valid.</source>
        <translation>The arrival details are not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tulis nama depot bila memilih Lainnya.</source>
        <translation>Enter the depot name when choosing Other.</translation>
    </message>
</context>
<context>
    <name>ConvoyTableModel</name>
    <message>
        <location filename="../../intake_app/ui/convoy_table.py" line="+39"/>
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depot</source>
        <translation>Depot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surat KJRI</source>
        <translation>KJRI letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar nama</source>
        <translation>Name list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum tiba</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Di luar daftar</source>
        <translation>Not on list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anak</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanpa pendamping</source>
        <translation>Unaccompanied</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DTI Semuja - Serian</source>
        <translation>DTI Semuja - Serian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DTI Bekenu - Miri</source>
        <translation>DTI Bekenu - Miri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ConvoysPage</name>
    <message>
        <location filename="../../intake_app/ui/pages.py" line="+77"/>
        <source>&amp;Kedatangan baru</source>
        <translation>&amp;New arrival</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Daftarkan deportan</source>
        <translation>&amp;Register deportees</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Impor daftar nama</source>
        <translation>&amp;Import name list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cetak &amp;rekap kedatangan</source>
        <translation>&amp;Print arrival summary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kedatangan</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Rekap kedatangan</source>
        <translation>Arrival summary</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../intake_app/ui/crash.py" line="+23"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Rincian dicatat di berkas log:</source>
        <translation>An unexpected error occurred. Data already saved is safe. The details are written to the log file:</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../intake_app/ui/dashboard_page.py" line="+51"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Laporan dan Statistik</source>
        <translation>Reports and Statistics</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Terdaftar dibanding daftar nama (8 kedatangan terakhir)</source>
        <translation>Registered vs. name list (last 8 arrivals)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serah terima menurut penerima (30 hari)</source>
        <translation>Handovers by recipient (30 days)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiba (WIB)</source>
        <translation>Arrived (WIB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depot</source>
        <translation>Depot</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+119"/>
        <source>Daftar nama</source>
        <translation>Name list</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+117"/>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Anak (tanpa pendamping)</source>
        <translation>Children (unaccompanied)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu disposisi</source>
        <translation>Awaiting disposition</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ekspor laporan periode (menurut tanggal kedatangan)</source>
        <translation>Export period report (by arrival date)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dari tanggal</source>
        <translation>&amp;From date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sampai tanggal</source>
        <translation>&amp;To date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untuk pihak &amp;luar (samarkan angka 1-2 sebagai &lt;3)</source>
        <translation>For &amp;outside parties (show counts of 1-2 as &lt;3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspor &amp;PDF...</source>
        <translation>Export &amp;PDF...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspor &amp;XLSX...</source>
        <translation>Export &amp;XLSX...</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Angka tidak dapat dihitung: %1</source>
        <translation>Figures could not be calculated: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiba hari ini: &lt;b&gt;%1&lt;/b&gt; orang &amp;nbsp;·&amp;nbsp; Menunggu disposisi: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Anak menunggu: &lt;b&gt;%3&lt;/b&gt; (tanpa pendamping: &lt;b&gt;%4&lt;/b&gt;) &amp;nbsp;·&amp;nbsp; Kirim ke pusat: &lt;b&gt;%5&lt;/b&gt; perubahan menunggu</source>
        <translation>Arrived today: &lt;b&gt;%1&lt;/b&gt; people &amp;nbsp;·&amp;nbsp; Awaiting disposition: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Children waiting: &lt;b&gt;%3&lt;/b&gt; (unaccompanied: &lt;b&gt;%4&lt;/b&gt;) &amp;nbsp;·&amp;nbsp; Send to head office: &lt;b&gt;%5&lt;/b&gt; changes waiting</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Surat BAST</source>
        <translation>Handover letters</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tanggal awal sesudah tanggal akhir. Perbaiki rentang tanggalnya.</source>
        <translation>The start date is after the end date. Correct the date range.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Membuat laporan...</source>
        <translation>Creating report...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laporan gagal dibuat: %1</source>
        <translation>Report could not be created: %1</translation>
    </message>
</context>
<context>
    <name>EarlierRecordsPanel</name>
    <message>
        <location filename="../../intake_app/ui/earlier_records_panel.py" line="+33"/>
        <source>NIK sama</source>
        <translation>same NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor dokumen sama</source>
        <translation>same document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nama mirip (%1%) dan tanggal lahir sama</source>
        <translation>similar name (%1%) and same date of birth</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nama dan tanggal lahir sama</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nama mirip (%1%) dan tahun lahir sama</source>
        <translation>similar name (%1%) and same year of birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nama dan tahun lahir sama</source>
        <translation>same name and year of birth</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Catatan deportasi sebelumnya</source>
        <translation>Earlier deportation records</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kemungkinan catatan sebelumnya</source>
        <translation>Possible earlier records</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>K&amp;emungkinan orang yang sama:</source>
        <translation>Possibly the sa&amp;me person:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tautkan (Ctrl+L)</source>
        <translation>Link (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Pilih dulu catatan yang akan ditautkan.</source>
        <translation>First choose the record to link.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Akan ditautkan saat data ini disimpan.</source>
        <translation>Will be linked when this record is saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ditautkan dengan catatan %1.</source>
        <translation>Linked to the %1 record.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Deportasi sebelumnya: %1 kali</source>
        <translation>Earlier deportations: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum pernah tercatat dideportasi</source>
        <translation>No earlier deportation on record</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, lahir %2, tiba %3</source>
        <translation>%1, born %2, arrived %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (sudah %1 kali sebelumnya)</source>
        <translation> (%1 times before)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TERTAUT</source>
        <translation>LINKED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AKAN DITAUTKAN</source>
        <translation>TO BE LINKED</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cocok</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>FormMessages</name>
    <message>
        <location filename="../../intake_app/ui/form_messages.py" line="+16"/>
        <source>Tanggal lahir tidak boleh setelah tanggal kedatangan.</source>
        <translation>The date of birth cannot be after the arrival date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal lahir terlalu lampau (lebih dari 110 tahun).</source>
        <translation>The date of birth is too far back (more than 110 years).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIK harus 16 angka.</source>
        <translation>The NIK must be 16 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK hanya berisi angka.</source>
        <translation>The NIK contains digits only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kode provinsi pada NIK (2 angka pertama) tidak dikenal.</source>
        <translation>The province code in the NIK (first 2 digits) is unknown.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode kabupaten/kota pada NIK tidak boleh 00.</source>
        <translation>The regency/city code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kode kecamatan pada NIK tidak boleh 00.</source>
        <translation>The district code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal lahir di dalam NIK (angka 7-12) tidak valid; untuk perempuan tanggal + 40.</source>
        <translation>The date of birth in the NIK (digits 7-12) is not valid; for women the day is + 40.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The NIK serial number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periksa: menurut NIK jenis kelaminnya lain (perempuan: tanggal lahir + 40).</source>
        <translation>Check: the NIK indicates the other sex (women: day of birth + 40).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periksa: tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi.</source>
        <translation>Check: the date of birth in the NIK differs from the date of birth entered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periksa: kode wilayah NIK tidak ada di daftar Kemendagri terbaru.</source>
        <translation>Check: the NIK region code is not in the latest Kemendagri list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>umur / tanggal lahir</source>
        <translation>age / date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nomor dokumen</source>
        <translation>document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daerah asal</source>
        <translation>place of origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alasan deportasi</source>
        <translation>reason for deportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendamping harus orang dewasa. Pilih orang tua atau kerabat dewasa dari rombongan ini.</source>
        <translation>The guardian must be an adult. Choose a parent or adult relative from this group.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pendamping harus terdaftar di kedatangan yang sama.</source>
        <translation>The guardian must be registered in the same arrival.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seseorang tidak dapat menjadi pendamping dirinya sendiri.</source>
        <translation>A person cannot be their own guardian.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orang ini sudah diserahterimakan; perubahan memerlukan supervisor.</source>
        <translation>This person has been handed over; changes need a supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama di daftar ini sudah didaftarkan sebelumnya.</source>
        <translation>This name on the list has already been registered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orang ini tidak dapat ditautkan ke catatannya sendiri.</source>
        <translation>This person cannot be linked to their own record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catatan sebelumnya harus dari kedatangan lain yang tiba lebih dahulu.</source>
        <translation>The earlier record must be from another arrival that came earlier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catatan ini sudah ditautkan ke orang ini; tidak perlu ditautkan lagi.</source>
        <translation>This record is already linked to this person; no need to link it again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ada isian yang tidak valid. Periksa kembali formulir.</source>
        <translation>Some entries are not valid. Check the form again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data tidak ditemukan; mungkin sudah diubah di meja lain.</source>
        <translation>The record was not found; it may have been changed at another desk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MRZ harus 2 baris masing-masing 44 karakter.</source>
        <translation>The MRZ must be 2 lines of 44 characters each.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MRZ hanya berisi huruf A-Z, angka dan tanda &lt;.</source>
        <translation>The MRZ contains only letters A-Z, digits and the &lt; sign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ini bukan MRZ paspor (harus diawali P).</source>
        <translation>This is not a passport MRZ (it must start with P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digit pemeriksa nomor paspor salah: periksa nomor paspor.</source>
        <translation>Wrong check digit for the passport number: check the passport number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digit pemeriksa tanggal lahir salah.</source>
        <translation>Wrong check digit for the date of birth.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digit pemeriksa masa berlaku salah.</source>
        <translation>Wrong check digit for the expiry date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digit pemeriksa data tambahan salah.</source>
        <translation>Wrong check digit for the optional data.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Digit pemeriksa gabungan (akhir baris 2) salah.</source>
        <translation>Wrong composite check digit (end of line 2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanggal lahir di MRZ tidak valid.</source>
        <translation>The date of birth in the MRZ is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masa berlaku di MRZ tidak valid.</source>
        <translation>The expiry date in the MRZ is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jenis kelamin di MRZ tidak valid.</source>
        <translation>The sex in the MRZ is not valid.</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../intake_app/ui/handover_dialog.py" line="+78"/>
        <source>Serah terima baru - kedatangan %1</source>
        <translation>New handover - arrival %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (supervisor)</source>
        <translation> (supervisor)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>dalam keadaan sehat</source>
        <translation>in good health</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pelaksanaan</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petugas (Pihak &amp;Pertama)</source>
        <translation>Officer (&amp;First Party)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tan&amp;ggal dan jam</source>
        <translation>Date and ti&amp;me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dasar</source>
        <translation>&amp;Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kondisi saat diserahkan</source>
        <translation>&amp;Condition at handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barang yang diserahkan</source>
        <translation>Belongings handed &amp;over</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Alasan persetujuan supervisor</source>
        <translation>Supervisor&apos;s &amp;reason for approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catat &amp;rujukan...</source>
        <translation>R&amp;ecord referral...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pemeriksaan aturan</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Terbitkan surat</source>
        <translation>&amp;Issue letter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bata&amp;l</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Ada isian yang terlalu panjang atau tidak valid.</source>
        <translation>Some entries are too long or not valid.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Serah terima belum dapat dilakukan:</source>
        <translation>The handover cannot be made yet:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Belum ada akun petugas: surat tidak dapat ditandatangani.</source>
        <translation>There is no officer account yet: the letter cannot be signed.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Catat rujukan</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor laporan polisi atau surat rujukan untuk %1:</source>
        <translation>Police report or referral letter number for %1:</translation>
    </message>
</context>
<context>
    <name>HandoverMessages</name>
    <message>
        <location filename="../../intake_app/ui/handover_messages.py" line="+15"/>
        <source>Belum ada orang yang dipilih. Centang orang pada daftar.</source>
        <translation>Nobody has been chosen yet. Tick people in the list.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 tercantum dua kali. Hapus salah satunya.</source>
        <translation>%1 is listed twice. Remove one of them.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sudah diserahterimakan dengan surat lain. Bila surat itu salah, supervisor membatalkannya dulu di halaman Serah Terima.</source>
        <translation>%1 has already been handed over with another letter. If that letter is wrong, a supervisor first voids it on the Handover page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 masih anak (di bawah 18 tahun) dan tidak boleh pulang mandiri. Serahkan anak bersama pendampingnya kepada keluarga atau instansi, atau kepada UPTD PPA / DP3A atau Dinas Sosial.</source>
        <translation>%1 is a child (under 18) and may not travel home alone. Hand the child over together with their guardian to family or an agency, or to UPTD PPA / DP3A or the Social Services Office.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 masih anak, dan pendampingnya (%2) tidak ikut dalam serah terima ini. Pilih juga pendampingnya (tombol &quot;Pilih satu keluarga&quot;), atau serahkan anak kepada UPTD PPA / DP3A atau Dinas Sosial dengan saksi.</source>
        <translation>%1 is a child, and their guardian (%2) is not part of this handover. Choose the guardian as well (the &quot;Choose whole family&quot; button), or hand the child over to UPTD PPA / DP3A or the Social Services Office with a witness.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 masih anak dan diserahkan tanpa pendamping: serah terima ini wajib disaksikan. Isi nama, jabatan dan instansi saksi (misalnya petugas instansi lain di pos).</source>
        <translation>%1 is a child handed over without a guardian: this handover must be witnessed. Enter the witness&apos;s name, position and agency (for example an officer of another agency at the post).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 adalah anak tanpa pendamping: hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial, dengan saksi. Ubah jenis penerima.</source>
        <translation>%1 is an unaccompanied child: they may only be handed over to UPTD PPA / DP3A or the Social Services Office, with a witness. Change the recipient type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 adalah anak dengan kondisi kesehatan khusus (lihat data kesehatan): hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial.</source>
        <translation>%1 is a child with a special health condition (see health details): they may only be handed over to UPTD PPA / DP3A or the Social Services Office.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 memiliki indikasi TPPO: hanya boleh diserahkan kepada Kepolisian, Dinas Sosial atau Shelter BP3MI (untuk anak juga UPTD PPA / DP3A). Ubah jenis penerima.</source>
        <translation>%1 shows signs of human trafficking (TPPO): they may only be handed over to the Police, the Social Services Office or the BP3MI Shelter (for children also UPTD PPA / DP3A). Change the recipient type.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 wajib dirujuk lebih dulu (anak tanpa pendamping, anak dengan kondisi khusus, atau indikasi TPPO). Catat nomor laporan atau surat rujukannya dengan tombol &quot;Catat rujukan&quot;.</source>
        <translation>%1 must be referred first (unaccompanied child, child with a special condition, or signs of trafficking). Record the report or referral letter number with the &quot;Record referral&quot; button.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nama penerima (pihak kedua) belum diisi.</source>
        <translation>The recipient&apos;s name (second party) is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hubungan keluarga penerima dengan orang yang dijemput belum diisi (Pasal 13 huruf e).</source>
        <translation>The recipient&apos;s family relationship to the person collected is missing (Article 13 (e)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama instansi penerima belum diisi.</source>
        <translation>The recipient agency&apos;s name is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIK penerima belum diisi (lihat KTP penjemput).</source>
        <translation>The recipient&apos;s NIK is missing (see the collector&apos;s ID card).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jabatan penerima belum diisi.</source>
        <translation>The recipient&apos;s position is missing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Penjemputan oleh keluarga wajib disaksikan (Pasal 13 huruf e): isi saksi dari pemerintah desa atau kabupaten.</source>
        <translation>A collection by family must be witnessed (Article 13 (e)): enter a witness from the village or regency government.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setiap saksi perlu jabatan dan instansinya.</source>
        <translation>Every witness needs a position and an agency.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supervisor dapat menyetujui tanpa ini, dengan alasan tertulis yang dicetak pada surat.</source>
        <translation>A supervisor can approve without this, with a written reason printed on the letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aturan ini melindungi orangnya dan tidak dapat dikecualikan.</source>
        <translation>This rule protects the person and cannot be waived.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serah terima dapat dilakukan.</source>
        <translation>The handover can be made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serah terima dapat dilakukan atas persetujuan supervisor; alasannya dicetak pada surat.</source>
        <translation>The handover can be made with a supervisor&apos;s approval; the reason is printed on the letter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tulis alasan persetujuan supervisor di kolom alasan; alasan itu dicetak pada surat.</source>
        <translation>Write the supervisor&apos;s reason for approval in the reason field; it is printed on the letter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hanya supervisor yang dapat menyetujui pengecualian.</source>
        <translation>Only a supervisor can approve an exception.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waktu serah terima tidak boleh sebelum kedatangan atau di masa depan.</source>
        <translation>The handover time cannot be before the arrival or in the future.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Semua orang dalam satu serah terima harus dari kedatangan yang sama.</source>
        <translation>Everyone in one handover must be from the same arrival.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data tidak ditemukan lagi. Tutup jendela ini dan muat ulang.</source>
        <translation>The record can no longer be found. Close this window and reload.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surat ini sudah dibatalkan.</source>
        <translation>This letter has already been voided.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya supervisor yang dapat melakukan ini.</source>
        <translation>Only a supervisor can do this.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pola nomor surat pada pengaturan pos tidak valid.</source>
        <translation>The letter number pattern in the post settings is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orang ini sudah diserahterimakan.</source>
        <translation>This person has already been handed over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidak dapat diproses. Periksa isian lalu coba lagi.</source>
        <translation>Could not be processed. Check the entries and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keluarga / kuasanya</source>
        <translation>Family / their representative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pemerintah kabupaten / Satgas</source>
        <translation>Regency government / Task force</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dinas Sosial</source>
        <translation>Social Services Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPTD PPA / DP3A</source>
        <translation>UPTD PPA / DP3A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kepolisian</source>
        <translation>Police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shelter BP3MI Pontianak</source>
        <translation>BP3MI Shelter Pontianak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penyedia angkutan</source>
        <translation>Transport provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulang mandiri (surat pernyataan)</source>
        <translation>Travels home alone (signed statement)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../intake_app/ui/handover_page.py" line="+49"/>
        <source>Serah Terima</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kedatangan</source>
        <translation>&amp;Arrival</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Petugas</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Buat serah terima baru</source>
        <translation>&amp;New handover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Simpan sebagai PDF</source>
        <translation>&amp;Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak &amp;ulang (SALINAN)</source>
        <translation>&amp;Reprint (COPY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bata&amp;lkan...</source>
        <translation>Voi&amp;d...</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Semua kedatangan</source>
        <translation>All arrivals</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n surat</source>
        <translation>
            <numerusform>%n letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Serah terima tercatat, tetapi PDF belum dapat dibuat. Pilih Pratinjau untuk mencoba lagi.</source>
        <translation>The handover is recorded, but the PDF could not be made yet. Choose Preview to try again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF surat tidak dapat dibuat atau dibaca.</source>
        <translation>The letter PDF could not be made or read.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Salinan surat %1</source>
        <translation>Copy of letter %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surat %1</source>
        <translation>Letter %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Printer tidak dapat dipakai. Periksa printernya.</source>
        <translation>The printer cannot be used. Check the printer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</source>
        <translation>The file cannot be written there. Choose another folder.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Pilih petugas yang membatalkan.</source>
        <translation>Choose the officer who voids the letter.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../intake_app/ui/import_dialog.py" line="+48"/>
        <source>No. urut</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>No. paspor / SPLP</source>
        <translation>Passport / SPLP no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <source>Pelanggaran</source>
        <translation>Offence</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Depot</source>
        <translation>Depot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kewarganegaraan</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nama kosong</source>
        <translation>name is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jenis kelamin bukan L/P</source>
        <translation>sex is not L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal lahir tidak valid</source>
        <translation>date of birth is not valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal lahir di masa depan</source>
        <translation>date of birth is in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanggal lahir lebih dari 110 tahun lalu</source>
        <translation>date of birth is more than 110 years ago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>umur bukan angka tahun</source>
        <translation>age is not a number of years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sama dengan baris %1</source>
        <translation>same as row %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas bukan CSV atau XLSX (berkas .xls lama: simpan ulang sebagai .xlsx).</source>
        <translation>The file is not CSV or XLSX (old .xls files: save again as .xlsx).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas tidak dapat dibaca.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baris judul kolom (Nama, Jantina, ...) tidak ditemukan.</source>
        <translation>The column heading row (Nama, Jantina, ...) was not found.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berkas tidak berisi data.</source>
        <translation>The file contains no data.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baris %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lahir / umur</source>
        <translation>Born / age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Impor daftar nama - %1</source>
        <translation>Import name list - %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kolom di berkas</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Baris bermasalah (perbaiki di berkas, lalu impor lagi):</source>
        <translation>Rows with problems (fix them in the file, then import again):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pratinjau yang akan diimpor:</source>
        <translation>Preview of what will be imported:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>- abaikan -</source>
        <translation>- ignore -</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(tanpa judul) kolom %1</source>
        <translation>(no heading) column %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pilih kolom untuk: %1.</source>
        <translation>Choose the column for: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 baris bermasalah: tidak ada yang diimpor sampai berkas diperbaiki.</source>
        <translation>%1 rows with problems: nothing is imported until the file is fixed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 orang siap diimpor; %2 sudah ada di daftar kedatangan ini.</source>
        <translation>%1 people ready to import; %2 already on this arrival&apos;s list.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pilih daftar nama</source>
        <translation>Choose a name list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftar nama (*.csv *.xlsx *.txt)</source>
        <translation>Name lists (*.csv *.xlsx *.txt)</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../intake_app/ui/language.py" line="+54"/>
        <source>Ba&amp;hasa</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bahasa berganti saat program dibuka lagi. / The language changes when the program is opened again.</source>
        <translation>The language changes when the program is opened again. / Bahasa berganti saat program dibuka lagi.</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <location filename="../../intake_app/ui/letter_table.py" line="+37"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis penerima</source>
        <translation>Recipient type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orang</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anak</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BATAL</source>
        <translation>VOID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>berlaku</source>
        <translation>valid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1x dicetak ulang (SALINAN)</source>
        <translation>reprinted %1x (COPY)</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../intake_app/ui/login_dialog.py" line="+45"/>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buka</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi %1.</source>
        <translation>The screen was locked after a period of inactivity. Enter the password for %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Masukkan nama pengguna dan kata sandi petugas.</source>
        <translation>Enter the officer&apos;s username and password.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter a username and password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memeriksa dan membuka data...</source>
        <translation>Checking and opening the data...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak dapat membuka data: %1</source>
        <translation>Cannot open the data: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terlalu banyak kata sandi salah. Akun dikunci sementara.</source>
        <translation>Too many wrong passwords. The account is locked for a while.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Coba lagi dalam %1</source>
        <translation>Try again in %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../intake_app/ui/main_window.py" line="+44"/>
        <source>Entikong Intake - Pendataan Deportan PLBN Entikong</source>
        <translation>Entikong Intake - Deportee Registration, PLBN Entikong</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Navigasi</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kedatangan</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportan</source>
        <translation>Deportees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serah Terima</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kirim ke Pusat</source>
        <translation>Send to Head Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 kedatangan, %2 deportan terdaftar, %3 anak (%4 tanpa pendamping)</source>
        <translation>%1 arrivals, %2 deportees registered, %3 children (%4 unaccompanied)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pusat: %n perubahan menunggu</source>
        <translation>
            <numerusform>Head office: %n change waiting</numerusform>
            <numerusform>Head office: %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n berkas tertunda</source>
        <translation>
            <numerusform>%n batch pending</numerusform>
            <numerusform>%n batches pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n gagal</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belum pernah terkirim</source>
        <translation>never sent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>terkirim %1 WIB</source>
        <translation>sent %1 WIB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perubahan belum dikemas · berkas belum diterima pusat · pengiriman terakhir</source>
        <translation>Changes not yet packed · batches not yet received by head office · last delivery</translation>
    </message>
</context>
<context>
    <name>NewOfficerDialog</name>
    <message>
        <location filename="../../intake_app/ui/account_forms.py" line="+112"/>
        <source>Tambah akun petugas</source>
        <translation>Add officer account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>18 angka (boleh dikosongkan)</source>
        <translation>18 digits (may be left empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengk&amp;ap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;ran:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>Repea&amp;t password:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</source>
        <translation>A username is 2-32 lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NIP harus 18 angka (atau dikosongkan).</source>
        <translation>A NIP has 18 digits (or leave it empty).</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../intake_app/ui/notice.py" line="+13"/>
        <source>Tidak dapat disimpan</source>
        <translation>Cannot be saved</translation>
    </message>
</context>
<context>
    <name>OfficerBadge</name>
    <message>
        <location filename="../../intake_app/ui/start.py" line="+71"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Petugas: %1 (%2)</source>
        <translation>Officer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masuk sebagai %1</source>
        <translation>Logged in as %1</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <location filename="../../intake_app/ui/accounts_dialog.py" line="-84"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonaktif</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>OwnPasswordDialog</name>
    <message>
        <location filename="../../intake_app/ui/account_forms.py" line="-127"/>
        <source>Ganti kata sandi saya</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Akun:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi saa&amp;t ini:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>Re&amp;peat new password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi kata sandi saat ini.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kata sandi saat ini salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>PartiesForm</name>
    <message>
        <location filename="../../intake_app/ui/handover_parties.py" line="+59"/>
        <source>&amp;Jenis penerima</source>
        <translation>Recipient &amp;type</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mis. suami, kakak kandung, paman</source>
        <translation>e.g. husband, older sibling, uncle</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>Penerima (Pihak Kedua)</source>
        <translation>Recipient (Second Party)</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+95"/>
        <source>N&amp;IK</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>&amp;Hubungan keluarga</source>
        <translation>Family relations&amp;hip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jabatan</source>
        <translation>Posi&amp;tion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;nstansi</source>
        <translation>A&amp;gency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ala&amp;mat</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;pon</source>
        <translation>Phone n&amp;umber</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saksi</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nama saksi %1</source>
        <translation>Witness %1 name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan saksi %1</source>
        <translation>Witness %1 position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instansi saksi %1</source>
        <translation>Witness %1 agency</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mis. kepala desa atau petugas Pemda</source>
        <translation>e.g. village head or local government officer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama &amp;saksi 1</source>
        <translation>&amp;Witness 1 name</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>N&amp;IP / NIK</source>
        <translation>NIP / NI&amp;K</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Penerima (Pihak Kedua): tidak ada, orang yang pulang menandatangani surat pernyataan</source>
        <translation>Recipient (Second Party): none, the person travelling home signs a statement</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../intake_app/ui/pdf_preview.py" line="+110"/>
        <source>Halaman surat</source>
        <translation>Letter page</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Halaman</source>
        <translation>Pa&amp;ge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dari %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Se&amp;belumnya</source>
        <translation>◀ Pre&amp;vious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beri&amp;kutnya ▶</source>
        <translation>&amp;Next ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Perbesaran</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cetak...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Simpan sebagai PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Printer tidak dapat dipakai. Periksa printernya.</source>
        <translation>The printer cannot be used. Check the printer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</source>
        <translation>The file cannot be written there. Choose another folder.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../intake_app/ui/pages.py" line="+56"/>
        <source>nama, nomor dokumen atau NIK (Ctrl+F)</source>
        <translation>name, document number or NIK (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cari deportan</source>
        <translation>Search deportees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cari</source>
        <translation>Sea&amp;rch</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hanya &amp;anak</source>
        <translation>&amp;Children only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya anak &amp;tanpa pendamping</source>
        <translation>Unaccompanied children &amp;only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum &amp;lengkap</source>
        <translation>&amp;Incomplete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu disposisi</source>
        <translation>Awaiting disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diharapkan</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+42"/>
        <source>Semua kedatangan</source>
        <translation>All arrivals</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Tampilkan &amp;semua kedatangan</source>
        <translation>Show &amp;all arrivals</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deportan</source>
        <translation>Deportees</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Kedatangan %1</source>
        <translation>Arrival %1</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n orang</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 teratas; ketik lebih lengkap</source>
        <translation>top %1; type more to narrow down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; ketik minimal 3 huruf untuk mencari</source>
        <translation>%1; type at least 3 letters to search</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <location filename="../../intake_app/ui/handover_people_picker.py" line="+56"/>
        <source>Daftar orang; Spasi mencentang</source>
        <translation>List of people; Space ticks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nama, nomor dokumen atau keluarga</source>
        <translation>name, document number or family</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya a&amp;nak</source>
        <translation>Only chil&amp;dren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tampilkan yang sudah &amp;diserahkan</source>
        <translation>Show those &amp;handed over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih satu &amp;keluarga</source>
        <translation>Choose whole &amp;family</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mencentang semua anggota keluarga orang yang disorot, termasuk anak dan pendampingnya</source>
        <translation>Ticks every family member of the highlighted person, including children and their guardians</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilih semua yang &amp;tampil</source>
        <translation>Choose all &amp;visible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kos&amp;ongkan pilihan</source>
        <translation>Clear selectio&amp;n</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 orang dipilih, %2 anak</source>
        <translation>%1 people chosen, %2 children</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../intake_app/ui/person_form.py" line="+50"/>
        <source>- pilih -</source>
        <translation>- choose -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L - Laki-laki</source>
        <translation>M - Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P - Perempuan</source>
        <translation>F - Female</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPLP</source>
        <translation>SPLP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak ada dokumen</source>
        <translation>No document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanpa paspor</source>
        <translation>No passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanpa izin kerja</source>
        <translation>No work permit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melebihi izin tinggal</source>
        <translation>Overstay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masuk tanpa izin</source>
        <translation>Illegal entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judi</source>
        <translation>Gambling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narkoba</source>
        <translation>Drugs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pidana lain</source>
        <translation>Other crime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lahir di Malaysia tanpa dokumen</source>
        <translation>Born in Malaysia without documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <location line="+10"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Jasa</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Konstruksi</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkebunan</source>
        <translation>Plantation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industri</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkapalan / ABK</source>
        <translation>Shipping / ship crew</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PLRT</source>
        <translation>Domestic worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kedai</source>
        <translation>Shop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikut suami/istri</source>
        <translation>Accompanying spouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikut orang tua</source>
        <translation>Accompanying parents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resmi (PLBN / bandara)</source>
        <translation>Official (PLBN / airport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak resmi (jalan tikus)</source>
        <translation>Unofficial (back roads)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kerabat</source>
        <translation>Relative</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hamil</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sakit</source>
        <translation>Ill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlu rujukan</source>
        <translation>Needs referral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ada surat laik jalan</source>
        <translation>Has fit-to-travel letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikasi TPPO</source>
        <translation>Signs of trafficking (TPPO)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korban kekerasan</source>
        <translation>Victim of violence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlu akta kelahiran</source>
        <translation>Needs birth certificate</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Pindai atau ketik 2 baris MRZ paspor (opsional)</source>
        <translation>Scan or type the 2 passport MRZ lines (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HH-BB-TTTT, atau tahun saja</source>
        <translation>DD-MM-YYYY, or the year only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tidak diisi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ketik nama kabupaten atau kecamatan</source>
        <translation>type a regency or district name</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>M&amp;RZ paspor</source>
        <translation>Passport MR&amp;Z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nama lengkap *</source>
        <translation>Full &amp;name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jenis kelamin *</source>
        <translation>&amp;Sex *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tanggal lahir</source>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perkiraan &amp;umur</source>
        <translation>Estimated &amp;age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tempat la&amp;hir</source>
        <translation>&amp;Place of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IK</source>
        <translation>N&amp;IK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dokumen perjalanan</source>
        <translation>&amp;Travel document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dokumen perjalanan</source>
        <translation>Travel document</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Penerbit dokumen</source>
        <translation>Document issuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. &amp;KK</source>
        <translation>Family card no. (&amp;KK)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daerah &amp;asal</source>
        <translation>Place of &amp;origin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontak keluarga</source>
        <translation>Family contact</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lama ditahan (hari)</source>
        <translation>Days in detention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Negara bagian</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lama di Malaysia (tahun)</source>
        <translation>Years in Malaysia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majikan</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sektor</source>
        <translation>Secto&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jalur masuk</source>
        <translation>Entry route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pendamping (anak)</source>
        <translation>&amp;Guardian (child)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kondisi kesehatan</source>
        <translation>Health condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asal dan kontak</source>
        <translation>Origin and contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Perlindungan dan kesehatan</source>
        <translation>Protection and health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan deportasi</source>
        <translation>Reason for deportation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selama di Malaysia</source>
        <translation>While in Malaysia</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+7"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>- tidak ada / belum dipilih -</source>
        <translation>- none / not chosen yet -</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Isian tidak valid: %1</source>
        <translation>Entries not valid: %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilih jenis kelamin (ketik L atau P).</source>
        <translation>Choose the sex (type L or P).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tanggal lahir tidak dikenali. Tulis HH-BB-TTTT, atau tahun saja (TTTT).</source>
        <translation>The date of birth is not recognised. Write DD-MM-YYYY, or the year only (YYYY).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tahun lahir tidak masuk akal.</source>
        <translation>The year of birth is not plausible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nomor dokumen belum diisi (boleh dilengkapi nanti).</source>
        <translation>The document number is missing (it can be added later).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Anak tanpa pendamping: pilih orang dewasa dari rombongan ini bila ada. Bila tidak ada, anak dirujuk ke UPTD PPA / Dinas Sosial.</source>
        <translation>Unaccompanied child: choose an adult from this group if there is one. If not, the child is referred to UPTD PPA / Social Services.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>MRZ terbaca; data paspor sudah diisi. Periksa kembali.</source>
        <translation>MRZ read; the passport details are filled in. Check them again.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../intake_app/ui/person_table.py" line="+53"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perlindungan</source>
        <translation>Protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pendamping</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum diisi</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deportasi lalu</source>
        <translation>Earlier deportations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berapa kali orang ini dideportasi sebelumnya (catatan yang ditautkan)</source>
        <translation>How many times this person was deported before (linked records)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paspor</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SPLP</source>
        <translation>SPLP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diharapkan</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menunggu disposisi</source>
        <translation>Awaiting disposition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>%1 kali</source>
        <translation>%1 times</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="+49"/>
        <source>Data pos</source>
        <translation>Post details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identitas pos ini, dipakai pada kop dan nomor surat.</source>
        <translation>This post&apos;s identity, used in the letterhead and letter numbers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Nama pos:</source>
        <translation>Post na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ko&amp;de pos:</source>
        <translation>Post co&amp;de:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tempat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kop &amp;surat:</source>
        <translation>&amp;Letterhead:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pola nomor surat:</source>
        <translation>Letter number patt&amp;ern:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nama, kode dan tempat pos wajib diisi.</source>
        <translation>The post&apos;s name, code and place are required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kop surat paling sedikit satu baris.</source>
        <translation>The letterhead needs at least one line.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location line="+68"/>
        <source>Kode pemulihan</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catat kode ini di kertas dan simpan di tempat aman. Kode ini hanya ditampilkan sekali dan dipakai bila semua kata sandi supervisor hilang.</source>
        <translation>Write this code on paper and keep it in a safe place. It is shown only once and is used if all supervisor passwords are lost.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sudah saya &amp;catat</source>
        <translation>I have &amp;written it down</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../intake_app/ui/registration_dialog.py" line="+92"/>
        <source>Pendaftaran deportan</source>
        <translation>Deportee registration</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ketik sebagian nama atau nomor dokumen</source>
        <translation>type part of a name or document number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cari di daftar nama</source>
        <translation>&amp;Find in name list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cari di daftar nama</source>
        <translation>Find in name list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Simpan &amp;&amp; berikutnya (Enter)</source>
        <translation>Save &amp;&amp; next (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan &amp;&amp; daftarkan anaknya (Ctrl+K)</source>
        <translation>Save &amp;&amp; register their child (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tutup (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tersimpan dalam sesi ini</source>
        <translation>Saved in this session</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Simpan perubahan (Enter)</source>
        <translation>Save changes (Enter)</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n nama di daftar belum tiba</source>
        <translation>
            <numerusform>%n name on the list not yet arrived</numerusform>
            <numerusform>%n names on the list not yet arrived</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada daftar nama untuk kedatangan ini.</source>
        <translation>There is no name list for this arrival.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tanpa surat KJRI</source>
        <translation>no KJRI letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kedatangan %1 - %2</source>
        <translation>Arrival %1 - %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Keluarga %1</source>
        <translation>Family %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source> (%1x dideportasi)</source>
        <translation> (deported %1x)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n orang tersimpan</source>
        <translation>
            <numerusform>%n person saved</numerusform>
            <numerusform>%n people saved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../intake_app/ui/account_forms.py" line="+13"/>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Petugas:</source>
        <translation>Officer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi &amp;baru:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi baru:</source>
        <translation>Re&amp;peat new password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampaikan kata sandi baru ini langsung kepada petugas itu.</source>
        <translation>Give the new password to that officer in person.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="+18"/>
        <source>Penyiapan pos baru</source>
        <translation>New post setup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SupervisorDialog</name>
    <message>
        <location filename="../../intake_app/ui/supervisor_gate.py" line="+59"/>
        <source>Persetujuan supervisor</source>
        <translation>Supervisor approval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pembatalan surat serah terima</source>
        <translation>voiding a handover letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pengecualian aturan serah terima</source>
        <translation>an exception to the handover rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tindakan ini (%1) memerlukan persetujuan supervisor. Supervisor memasukkan nama pengguna dan kata sandinya sendiri.</source>
        <translation>This action (%1) needs a supervisor&apos;s approval. The supervisor enters their own username and password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Nama pengguna supervisor:</source>
        <translation>Supervisor &amp;username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Isi nama pengguna dan kata sandi supervisor.</source>
        <translation>Enter the supervisor&apos;s username and password.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Akun itu bukan supervisor.</source>
        <translation>That account is not a supervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.</source>
        <translation>Too many wrong passwords. Try again in %1 seconds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <location filename="../../intake_app/ui/setup_wizard.py" line="-97"/>
        <source>Supervisor pertama</source>
        <translation>First supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun ini dapat membuat akun petugas lain.</source>
        <translation>This account can create other officers&apos; accounts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>18 angka (boleh dikosongkan)</source>
        <translation>18 digits (may be left empty)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Nama pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengk&amp;ap:</source>
        <translation>Full n&amp;ame:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata &amp;sandi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gagal menyimpan: %1</source>
        <translation>Saving failed: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</source>
        <translation>Username: 2-32 lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
</context>
<context>
    <name>SyncBatchTable</name>
    <message>
        <location filename="../../intake_app/ui/sync_batch_table.py" line="+23"/>
        <source>Urutan</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Percobaan</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coba lagi</source>
        <translation>Retry at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sedang dikirim</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terkirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gagal, dicoba lagi</source>
        <translation>Failed, will retry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak dapat terhubung ke kantor pusat</source>
        <translation>Cannot connect to head office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor pusat tidak menjawab tepat waktu</source>
        <translation>Head office did not answer in time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pos ini belum terdaftar di kantor pusat</source>
        <translation>This post is not yet registered at head office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan berkas ditolak kantor pusat</source>
        <translation>Head office rejected the batch signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas tidak untuk kunci kantor pusat ini</source>
        <translation>The batch is not for this head-office key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isi berkas ditolak kantor pusat</source>
        <translation>Head office rejected the batch content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas rusak</source>
        <translation>Damaged batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima tidak sah</source>
        <translation>Invalid receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima dari kunci yang tidak dikenal</source>
        <translation>Receipt from an unknown key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda terima untuk berkas lain</source>
        <translation>Receipt for another batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas hilang dari folder outbox</source>
        <translation>Batch missing from the outbox folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Berkas kiriman</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Diterima %1, sudah ada %2, konflik %3</source>
        <translation>Accepted %1, already there %2, conflicts %3</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../intake_app/ui/sync_page.py" line="+38"/>
        <source>Pilih folder USB</source>
        <translation>Choose the USB folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kunci kantor pusat</source>
        <translation>Head-office key</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Kirim ke Pusat</source>
        <translation>Send to Head Office</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Ekspor ke USB...</source>
        <translation>&amp;Export to USB...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kirim sekarang</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simpan &amp;alamat</source>
        <translation>Save &amp;address</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Impor kunci pusat...</source>
        <translation>&amp;Import head-office key...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaturan dan kunci</source>
        <translation>Settings and keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alamat kantor p&amp;usat:</source>
        <translation>Head-office add&amp;ress:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sidik jari kunci pos:</source>
        <translation>Post key fingerprint:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kunci kantor pusat:</source>
        <translation>Head-office keys:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kunci pos tidak dapat dibaca</source>
        <translation>The post key cannot be read</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Belum ada. Impor berkas kunci dari pusat.</source>
        <translation>None yet. Import the key file from head office.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Alamat harus diawali http:// atau https://</source>
        <translation>The address must start with http:// or https://</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alamat kantor pusat disimpan.</source>
        <translation>Head-office address saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Isi dan simpan alamat kantor pusat terlebih dahulu.</source>
        <translation>Enter and save the head-office address first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pengiriman sedang berjalan.</source>
        <translation>Sending is in progress.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berkas kunci tidak dapat dipakai: %1</source>
        <translation>The key file cannot be used: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kunci pusat diimpor. Cocokkan sidik jarinya dengan pusat lewat telepon.</source>
        <translation>Head-office key imported. Compare its fingerprint with head office by phone.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mengekspor...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tidak ada perubahan baru untuk diekspor.</source>
        <translation>No new changes to export.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n berkas ditulis ke USB</source>
        <translation>
            <numerusform>%n batch written to USB</numerusform>
            <numerusform>%n batches written to USB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>perubahan</source>
        <translation>changes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Belum ada kunci kantor pusat. Impor berkas kunci dari pusat dahulu.</source>
        <translation>No head-office key yet. Import the key file from head office first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ekspor gagal, tidak ada yang ditandai terkirim: %1</source>
        <translation>Export failed, nothing was marked as sent: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mengirim ke kantor pusat...</source>
        <translation>Sending to head office...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pengiriman terhenti: %1</source>
        <translation>Sending stopped: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terkirim: %1 berkas, gagal: %2 berkas</source>
        <translation>Sent: %1 batches, failed: %2 batches</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../intake_app/ui/void_dialog.py" line="+15"/>
        <source>Batalkan surat %1</source>
        <translation>Void letter %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Surat dan nomornya tetap tercatat dengan tanda BATAL; orang-orangnya dapat diserahterimakan lagi dengan surat baru. Pembatalan adalah tindakan supervisor.</source>
        <translation>The letter and its number stay on record marked VOID; the people in it can be handed over again with a new letter. Voiding is a supervisor action.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Alasan pembatalan</source>
        <translation>&amp;Reason for voiding</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Batalkan surat</source>
        <translation>&amp;Void letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
</context>
</TS>
