<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="id_ID">
    <context>
        <name>AccountForm</name>
        <message>
            <location filename="../../intake_app/ui/account_forms.py" line="+35" />
            <source>Kedua kata sandi tidak sama.</source>
            <translation>Kedua kata sandi tidak sama.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kata sandi paling sedikit %1 karakter.</source>
            <translation>Kata sandi paling sedikit %1 karakter.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kata sandi tidak boleh sama dengan nama pengguna.</source>
            <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hanya supervisor yang dapat mengelola akun petugas.</source>
            <translation>Hanya supervisor yang dapat mengelola akun petugas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Akun itu tidak ada atau sudah dinonaktifkan.</source>
            <translation>Akun itu tidak ada atau sudah dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nama pengguna %1 sudah dipakai.</source>
            <translation>Nama pengguna %1 sudah dipakai.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Akun Anda sendiri tidak dapat dinonaktifkan.</source>
            <translation>Akun Anda sendiri tidak dapat dinonaktifkan.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Simpan</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>AccountsDialog</name>
        <message>
            <location filename="../../intake_app/ui/accounts_dialog.py" line="+155" />
            <source>Akun petugas</source>
            <translation>Akun petugas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Daftar akun petugas</source>
            <translation>Daftar akun petugas</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Daftar akun:</source>
            <translation>&amp;Daftar akun:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tambah...</source>
            <translation>&amp;Tambah...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Atur &amp;ulang kata sandi...</source>
            <translation>Atur &amp;ulang kata sandi...</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nonaktifkan</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tutu&amp;p</source>
            <translation>Tutu&amp;p</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Hanya supervisor yang dapat mengelola akun petugas.</source>
            <translation>Hanya supervisor yang dapat mengelola akun petugas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Akun %1 dibuat.</source>
            <translation>Akun %1 dibuat.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Kata sandi %1 telah diatur ulang.</source>
            <translation>Kata sandi %1 telah diatur ulang.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Akun %1 dinonaktifkan.</source>
            <translation>Akun %1 dinonaktifkan.</translation>
        </message>
    </context>
    <context>
        <name>AccountsMenu</name>
        <message>
            <location line="+7" />
            <source>Aku&amp;n</source>
            <translation>Aku&amp;n</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Ganti kata sandi saya...</source>
            <translation>&amp;Ganti kata sandi saya...</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Kelola akun petugas...</source>
            <translation>&amp;Kelola akun petugas...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Kata sandi</source>
            <translation>Kata sandi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kata sandi Anda telah diganti. Pakai kata sandi baru saat masuk lagi.</source>
            <translation>Kata sandi Anda telah diganti. Pakai kata sandi baru saat masuk lagi.</translation>
        </message>
    </context>
    <context>
        <name>BackgroundIntegrityCheck</name>
        <message>
            <location filename="../../intake_app/ui/integrity_check.py" line="+75" />
            <source>Data rusak</source>
            <translation>Data rusak</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pemeriksaan berkas data menemukan kerusakan. Jangan memasukkan data baru.</source>
            <translation>Pemeriksaan berkas data menemukan kerusakan. Jangan memasukkan data baru.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tutup aplikasi, lalu pulihkan cadangan terbaru yang masih baik:
intake-app restore %1</source>
            <translation>Tutup aplikasi, lalu pulihkan cadangan terbaru yang masih baik:
intake-app restore %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tidak ada cadangan yang baik. Hubungi dukungan teknis sebelum memasukkan data.</source>
            <translation>Tidak ada cadangan yang baik. Hubungi dukungan teknis sebelum memasukkan data.</translation>
        </message>
    </context>
    <context>
        <name>Badge</name>
        <message>
            <location filename="../../intake_app/ui/badges.py" line="+16" />
            <source>ANAK TANPA PENDAMPING</source>
            <translation>ANAK TANPA PENDAMPING</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Anak</source>
            <translation>Anak</translation>
        </message>
    </context>
    <context>
        <name>CandidateModel</name>
        <message>
            <location filename="../../intake_app/ui/handover_people_picker.py" line="+49" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L/P</source>
            <translation>L/P</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Umur</source>
            <translation>Umur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dokumen</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keluarga</source>
            <translation>Keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keterangan</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location line="+128" />
            <source>sudah diserahterimakan</source>
            <translation>sudah diserahterimakan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>anak tanpa pendamping</source>
            <translation>anak tanpa pendamping</translation>
        </message>
        <message>
            <location line="+2" />
            <source>anak, didampingi %1</source>
            <translation>anak, didampingi %1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmDeactivate</name>
        <message>
            <location filename="../../intake_app/ui/accounts_dialog.py" line="-163" />
            <source>Nonaktifkan akun</source>
            <translation>Nonaktifkan akun</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nonaktifkan akun %1 (%2)? Petugas itu tidak dapat masuk lagi; catatan dan jejak auditnya tetap tersimpan.</source>
            <translation>Nonaktifkan akun %1 (%2)? Petugas itu tidak dapat masuk lagi; catatan dan jejak auditnya tetap tersimpan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Nonaktifkan</source>
            <translation>&amp;Nonaktifkan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>ConvoyDialog</name>
        <message>
            <location filename="../../intake_app/ui/convoy_dialog.py" line="+28" />
            <source>Deportasi</source>
            <translation>Deportasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pemulangan oleh KJRI</source>
            <translation>Pemulangan oleh KJRI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lainnya</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Ubah kedatangan</source>
            <translation>Ubah kedatangan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kedatangan baru</source>
            <translation>Kedatangan baru</translation>
        </message>
        <message>
            <location line="+23" />
            <source>tidak diisi</source>
            <translation>tidak diisi</translation>
        </message>
        <message>
            <location line="+5" />
            <source>tidak diketahui</source>
            <translation>tidak diketahui</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Tiba</source>
            <translation>&amp;Tiba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Depot</source>
            <translation>&amp;Depot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Depot lain</source>
            <translation>Depot lain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Jenis</source>
            <translation>&amp;Jenis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No. &amp;surat KJRI</source>
            <translation>No. &amp;surat KJRI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanggal surat KJRI</source>
            <translation>Tanggal surat KJRI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jumlah &amp;diharapkan</source>
            <translation>Jumlah &amp;diharapkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kendaraan</source>
            <translation>&amp;Kendaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catatan</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Simpan</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Isian kedatangan tidak valid.</source>
            <translation>Isian kedatangan tidak valid.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tulis nama depot bila memilih Lainnya.</source>
            <translation>Tulis nama depot bila memilih Lainnya.</translation>
        </message>
    </context>
    <context>
        <name>ConvoyTableModel</name>
        <message>
            <location filename="../../intake_app/ui/convoy_table.py" line="+39" />
            <source>Tiba</source>
            <translation>Tiba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Depot</source>
            <translation>Depot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Surat KJRI</source>
            <translation>Surat KJRI</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daftar nama</source>
            <translation>Daftar nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terdaftar</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Belum tiba</source>
            <translation>Belum tiba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Di luar daftar</source>
            <translation>Di luar daftar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anak</source>
            <translation>Anak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanpa pendamping</source>
            <translation>Tanpa pendamping</translation>
        </message>
        <message>
            <location line="+3" />
            <source>DTI Semuja - Serian</source>
            <translation>DTI Semuja - Serian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>DTI Bekenu - Miri</source>
            <translation>DTI Bekenu - Miri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lainnya</source>
            <translation>Lainnya</translation>
        </message>
    </context>
    <context>
        <name>ConvoysPage</name>
        <message>
            <location filename="../../intake_app/ui/pages.py" line="+77" />
            <source>&amp;Kedatangan baru</source>
            <translation>&amp;Kedatangan baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Ubah</source>
            <translation>&amp;Ubah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Daftarkan deportan</source>
            <translation>&amp;Daftarkan deportan</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Impor daftar nama</source>
            <translation>&amp;Impor daftar nama</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cetak &amp;rekap kedatangan</source>
            <translation>Cetak &amp;rekap kedatangan</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kedatangan</source>
            <translation>Kedatangan</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Rekap kedatangan</source>
            <translation>Rekap kedatangan</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../intake_app/ui/crash.py" line="+23" />
            <source>Terjadi kesalahan</source>
            <translation>Terjadi kesalahan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Rincian dicatat di berkas log:</source>
            <translation>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan tetap aman. Rincian dicatat di berkas log:</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <location filename="../../intake_app/ui/dashboard_page.py" line="+51" />
            <source>Simpan laporan</source>
            <translation>Simpan laporan</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Laporan dan Statistik</source>
            <translation>Laporan dan Statistik</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Terdaftar dibanding daftar nama (8 kedatangan terakhir)</source>
            <translation>Terdaftar dibanding daftar nama (8 kedatangan terakhir)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Serah terima menurut penerima (30 hari)</source>
            <translation>Serah terima menurut penerima (30 hari)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiba (WIB)</source>
            <translation>Tiba (WIB)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Depot</source>
            <translation>Depot</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+119" />
            <source>Daftar nama</source>
            <translation>Daftar nama</translation>
        </message>
        <message>
            <location line="-118" />
            <location line="+117" />
            <source>Terdaftar</source>
            <translation>Terdaftar</translation>
        </message>
        <message>
            <location line="-116" />
            <source>Anak (tanpa pendamping)</source>
            <translation>Anak (tanpa pendamping)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menunggu disposisi</source>
            <translation>Menunggu disposisi</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Ekspor laporan periode (menurut tanggal kedatangan)</source>
            <translation>Ekspor laporan periode (menurut tanggal kedatangan)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dari tanggal</source>
            <translation>&amp;Dari tanggal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Sampai tanggal</source>
            <translation>&amp;Sampai tanggal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Untuk pihak &amp;luar (samarkan angka 1-2 sebagai &lt;3)</source>
            <translation>Untuk pihak &amp;luar (samarkan angka 1-2 sebagai &lt;3)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ekspor &amp;PDF...</source>
            <translation>Ekspor &amp;PDF...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ekspor &amp;XLSX...</source>
            <translation>Ekspor &amp;XLSX...</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Angka tidak dapat dihitung: %1</source>
            <translation>Angka tidak dapat dihitung: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tiba hari ini: &lt;b&gt;%1&lt;/b&gt; orang &amp;nbsp;·&amp;nbsp; Menunggu disposisi: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Anak menunggu: &lt;b&gt;%3&lt;/b&gt; (tanpa pendamping: &lt;b&gt;%4&lt;/b&gt;) &amp;nbsp;·&amp;nbsp; Kirim ke pusat: &lt;b&gt;%5&lt;/b&gt; perubahan menunggu</source>
            <translation>Tiba hari ini: &lt;b&gt;%1&lt;/b&gt; orang &amp;nbsp;·&amp;nbsp; Menunggu disposisi: &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; Anak menunggu: &lt;b&gt;%3&lt;/b&gt; (tanpa pendamping: &lt;b&gt;%4&lt;/b&gt;) &amp;nbsp;·&amp;nbsp; Kirim ke pusat: &lt;b&gt;%5&lt;/b&gt; perubahan menunggu</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Surat BAST</source>
            <translation>Surat BAST</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Tanggal awal sesudah tanggal akhir. Perbaiki rentang tanggalnya.</source>
            <translation>Tanggal awal sesudah tanggal akhir. Perbaiki rentang tanggalnya.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Membuat laporan...</source>
            <translation>Membuat laporan...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Laporan disimpan: %1</source>
            <translation>Laporan disimpan: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Laporan gagal dibuat: %1</source>
            <translation>Laporan gagal dibuat: %1</translation>
        </message>
    </context>
    <context>
        <name>EarlierRecordsPanel</name>
        <message>
            <location filename="../../intake_app/ui/earlier_records_panel.py" line="+33" />
            <source>NIK sama</source>
            <translation>NIK sama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nomor dokumen sama</source>
            <translation>nomor dokumen sama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nama mirip (%1%) dan tanggal lahir sama</source>
            <translation>nama mirip (%1%) dan tanggal lahir sama</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nama dan tanggal lahir sama</source>
            <translation>nama dan tanggal lahir sama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>nama mirip (%1%) dan tahun lahir sama</source>
            <translation>nama mirip (%1%) dan tahun lahir sama</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nama dan tahun lahir sama</source>
            <translation>nama dan tahun lahir sama</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Catatan deportasi sebelumnya</source>
            <translation>Catatan deportasi sebelumnya</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kemungkinan catatan sebelumnya</source>
            <translation>Kemungkinan catatan sebelumnya</translation>
        </message>
        <message>
            <location line="+4" />
            <source>K&amp;emungkinan orang yang sama:</source>
            <translation>K&amp;emungkinan orang yang sama:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tautkan (Ctrl+L)</source>
            <translation>Tautkan (Ctrl+L)</translation>
        </message>
        <message>
            <location line="+114" />
            <source>Pilih dulu catatan yang akan ditautkan.</source>
            <translation>Pilih dulu catatan yang akan ditautkan.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Akan ditautkan saat data ini disimpan.</source>
            <translation>Akan ditautkan saat data ini disimpan.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Ditautkan dengan catatan %1.</source>
            <translation>Ditautkan dengan catatan %1.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Deportasi sebelumnya: %1 kali</source>
            <translation>Deportasi sebelumnya: %1 kali</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Belum pernah tercatat dideportasi</source>
            <translation>Belum pernah tercatat dideportasi</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1, lahir %2, tiba %3</source>
            <translation>%1, lahir %2, tiba %3</translation>
        </message>
        <message>
            <location line="+5" />
            <source> (sudah %1 kali sebelumnya)</source>
            <translation> (sudah %1 kali sebelumnya)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>TERTAUT</source>
            <translation>TERTAUT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>AKAN DITAUTKAN</source>
            <translation>AKAN DITAUTKAN</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cocok</source>
            <translation>Cocok</translation>
        </message>
    </context>
    <context>
        <name>FormMessages</name>
        <message>
            <location filename="../../intake_app/ui/form_messages.py" line="+16" />
            <source>Tanggal lahir tidak boleh setelah tanggal kedatangan.</source>
            <translation>Tanggal lahir tidak boleh setelah tanggal kedatangan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tanggal lahir terlalu lampau (lebih dari 110 tahun).</source>
            <translation>Tanggal lahir terlalu lampau (lebih dari 110 tahun).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>NIK harus 16 angka.</source>
            <translation>NIK harus 16 angka.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NIK hanya berisi angka.</source>
            <translation>NIK hanya berisi angka.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kode provinsi pada NIK (2 angka pertama) tidak dikenal.</source>
            <translation>Kode provinsi pada NIK (2 angka pertama) tidak dikenal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kode kabupaten/kota pada NIK tidak boleh 00.</source>
            <translation>Kode kabupaten/kota pada NIK tidak boleh 00.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kode kecamatan pada NIK tidak boleh 00.</source>
            <translation>Kode kecamatan pada NIK tidak boleh 00.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tanggal lahir di dalam NIK (angka 7-12) tidak valid; untuk perempuan tanggal + 40.</source>
            <translation>Tanggal lahir di dalam NIK (angka 7-12) tidak valid; untuk perempuan tanggal + 40.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
            <translation>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Periksa: menurut NIK jenis kelaminnya lain (perempuan: tanggal lahir + 40).</source>
            <translation>Periksa: menurut NIK jenis kelaminnya lain (perempuan: tanggal lahir + 40).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Periksa: tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi.</source>
            <translation>Periksa: tanggal lahir di NIK berbeda dengan tanggal lahir yang diisi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Periksa: kode wilayah NIK tidak ada di daftar Kemendagri terbaru.</source>
            <translation>Periksa: kode wilayah NIK tidak ada di daftar Kemendagri terbaru.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>umur / tanggal lahir</source>
            <translation>umur / tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>nomor dokumen</source>
            <translation>nomor dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>daerah asal</source>
            <translation>daerah asal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>alasan deportasi</source>
            <translation>alasan deportasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pendamping harus orang dewasa. Pilih orang tua atau kerabat dewasa dari rombongan ini.</source>
            <translation>Pendamping harus orang dewasa. Pilih orang tua atau kerabat dewasa dari rombongan ini.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pendamping harus terdaftar di kedatangan yang sama.</source>
            <translation>Pendamping harus terdaftar di kedatangan yang sama.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Seseorang tidak dapat menjadi pendamping dirinya sendiri.</source>
            <translation>Seseorang tidak dapat menjadi pendamping dirinya sendiri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Orang ini sudah diserahterimakan; perubahan memerlukan supervisor.</source>
            <translation>Orang ini sudah diserahterimakan; perubahan memerlukan supervisor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nama di daftar ini sudah didaftarkan sebelumnya.</source>
            <translation>Nama di daftar ini sudah didaftarkan sebelumnya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Orang ini tidak dapat ditautkan ke catatannya sendiri.</source>
            <translation>Orang ini tidak dapat ditautkan ke catatannya sendiri.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catatan sebelumnya harus dari kedatangan lain yang tiba lebih dahulu.</source>
            <translation>Catatan sebelumnya harus dari kedatangan lain yang tiba lebih dahulu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Catatan ini sudah ditautkan ke orang ini; tidak perlu ditautkan lagi.</source>
            <translation>Catatan ini sudah ditautkan ke orang ini; tidak perlu ditautkan lagi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ada isian yang tidak valid. Periksa kembali formulir.</source>
            <translation>Ada isian yang tidak valid. Periksa kembali formulir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data tidak ditemukan; mungkin sudah diubah di meja lain.</source>
            <translation>Data tidak ditemukan; mungkin sudah diubah di meja lain.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>MRZ harus 2 baris masing-masing 44 karakter.</source>
            <translation>MRZ harus 2 baris masing-masing 44 karakter.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>MRZ hanya berisi huruf A-Z, angka dan tanda &lt;.</source>
            <translation>MRZ hanya berisi huruf A-Z, angka dan tanda &lt;.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ini bukan MRZ paspor (harus diawali P).</source>
            <translation>Ini bukan MRZ paspor (harus diawali P).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Digit pemeriksa nomor paspor salah: periksa nomor paspor.</source>
            <translation>Digit pemeriksa nomor paspor salah: periksa nomor paspor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Digit pemeriksa tanggal lahir salah.</source>
            <translation>Digit pemeriksa tanggal lahir salah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Digit pemeriksa masa berlaku salah.</source>
            <translation>Digit pemeriksa masa berlaku salah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Digit pemeriksa data tambahan salah.</source>
            <translation>Digit pemeriksa data tambahan salah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Digit pemeriksa gabungan (akhir baris 2) salah.</source>
            <translation>Digit pemeriksa gabungan (akhir baris 2) salah.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tanggal lahir di MRZ tidak valid.</source>
            <translation>Tanggal lahir di MRZ tidak valid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Masa berlaku di MRZ tidak valid.</source>
            <translation>Masa berlaku di MRZ tidak valid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Jenis kelamin di MRZ tidak valid.</source>
            <translation>Jenis kelamin di MRZ tidak valid.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <location filename="../../intake_app/ui/handover_dialog.py" line="+78" />
            <source>Serah terima baru - kedatangan %1</source>
            <translation>Serah terima baru - kedatangan %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source> (supervisor)</source>
            <translation> (supervisor)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>dalam keadaan sehat</source>
            <translation>dalam keadaan sehat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pelaksanaan</source>
            <translation>Pelaksanaan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Petugas (Pihak &amp;Pertama)</source>
            <translation>Petugas (Pihak &amp;Pertama)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tempat</source>
            <translation>&amp;Tempat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tan&amp;ggal dan jam</source>
            <translation>Tan&amp;ggal dan jam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Dasar</source>
            <translation>&amp;Dasar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kondisi saat diserahkan</source>
            <translation>&amp;Kondisi saat diserahkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Barang yang diserahkan</source>
            <translation>&amp;Barang yang diserahkan</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Alasan persetujuan supervisor</source>
            <translation>&amp;Alasan persetujuan supervisor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Catat &amp;rujukan...</source>
            <translation>Catat &amp;rujukan...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pemeriksaan aturan</source>
            <translation>Pemeriksaan aturan</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Terbitkan surat</source>
            <translation>&amp;Terbitkan surat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Bata&amp;l</source>
            <translation>Bata&amp;l</translation>
        </message>
        <message>
            <location line="+57" />
            <source>Ada isian yang terlalu panjang atau tidak valid.</source>
            <translation>Ada isian yang terlalu panjang atau tidak valid.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Serah terima belum dapat dilakukan:</source>
            <translation>Serah terima belum dapat dilakukan:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Belum ada akun petugas: surat tidak dapat ditandatangani.</source>
            <translation>Belum ada akun petugas: surat tidak dapat ditandatangani.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Catat rujukan</source>
            <translation>Catat rujukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nomor laporan polisi atau surat rujukan untuk %1:</source>
            <translation>Nomor laporan polisi atau surat rujukan untuk %1:</translation>
        </message>
    </context>
    <context>
        <name>HandoverMessages</name>
        <message>
            <location filename="../../intake_app/ui/handover_messages.py" line="+15" />
            <source>Belum ada orang yang dipilih. Centang orang pada daftar.</source>
            <translation>Belum ada orang yang dipilih. Centang orang pada daftar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 tercantum dua kali. Hapus salah satunya.</source>
            <translation>%1 tercantum dua kali. Hapus salah satunya.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 sudah diserahterimakan dengan surat lain. Bila surat itu salah, supervisor membatalkannya dulu di halaman Serah Terima.</source>
            <translation>%1 sudah diserahterimakan dengan surat lain. Bila surat itu salah, supervisor membatalkannya dulu di halaman Serah Terima.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 masih anak (di bawah 18 tahun) dan tidak boleh pulang mandiri. Serahkan anak bersama pendampingnya kepada keluarga atau instansi, atau kepada UPTD PPA / DP3A atau Dinas Sosial.</source>
            <translation>%1 masih anak (di bawah 18 tahun) dan tidak boleh pulang mandiri. Serahkan anak bersama pendampingnya kepada keluarga atau instansi, atau kepada UPTD PPA / DP3A atau Dinas Sosial.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 masih anak, dan pendampingnya (%2) tidak ikut dalam serah terima ini. Pilih juga pendampingnya (tombol "Pilih satu keluarga"), atau serahkan anak kepada UPTD PPA / DP3A atau Dinas Sosial dengan saksi.</source>
            <translation>%1 masih anak, dan pendampingnya (%2) tidak ikut dalam serah terima ini. Pilih juga pendampingnya (tombol "Pilih satu keluarga"), atau serahkan anak kepada UPTD PPA / DP3A atau Dinas Sosial dengan saksi.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 masih anak dan diserahkan tanpa pendamping: serah terima ini wajib disaksikan. Isi nama, jabatan dan instansi saksi (misalnya petugas instansi lain di pos).</source>
            <translation>%1 masih anak dan diserahkan tanpa pendamping: serah terima ini wajib disaksikan. Isi nama, jabatan dan instansi saksi (misalnya petugas instansi lain di pos).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 adalah anak tanpa pendamping: hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial, dengan saksi. Ubah jenis penerima.</source>
            <translation>%1 adalah anak tanpa pendamping: hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial, dengan saksi. Ubah jenis penerima.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 adalah anak dengan kondisi kesehatan khusus (lihat data kesehatan): hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial.</source>
            <translation>%1 adalah anak dengan kondisi kesehatan khusus (lihat data kesehatan): hanya boleh diserahkan kepada UPTD PPA / DP3A atau Dinas Sosial.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 memiliki indikasi TPPO: hanya boleh diserahkan kepada Kepolisian, Dinas Sosial atau Shelter BP3MI (untuk anak juga UPTD PPA / DP3A). Ubah jenis penerima.</source>
            <translation>%1 memiliki indikasi TPPO: hanya boleh diserahkan kepada Kepolisian, Dinas Sosial atau Shelter BP3MI (untuk anak juga UPTD PPA / DP3A). Ubah jenis penerima.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 wajib dirujuk lebih dulu (anak tanpa pendamping, anak dengan kondisi khusus, atau indikasi TPPO). Catat nomor laporan atau surat rujukannya dengan tombol "Catat rujukan".</source>
            <translation>%1 wajib dirujuk lebih dulu (anak tanpa pendamping, anak dengan kondisi khusus, atau indikasi TPPO). Catat nomor laporan atau surat rujukannya dengan tombol "Catat rujukan".</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Nama penerima (pihak kedua) belum diisi.</source>
            <translation>Nama penerima (pihak kedua) belum diisi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hubungan keluarga penerima dengan orang yang dijemput belum diisi (Pasal 13 huruf e).</source>
            <translation>Hubungan keluarga penerima dengan orang yang dijemput belum diisi (Pasal 13 huruf e).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nama instansi penerima belum diisi.</source>
            <translation>Nama instansi penerima belum diisi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>NIK penerima belum diisi (lihat KTP penjemput).</source>
            <translation>NIK penerima belum diisi (lihat KTP penjemput).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Jabatan penerima belum diisi.</source>
            <translation>Jabatan penerima belum diisi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Penjemputan oleh keluarga wajib disaksikan (Pasal 13 huruf e): isi saksi dari pemerintah desa atau kabupaten.</source>
            <translation>Penjemputan oleh keluarga wajib disaksikan (Pasal 13 huruf e): isi saksi dari pemerintah desa atau kabupaten.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Setiap saksi perlu jabatan dan instansinya.</source>
            <translation>Setiap saksi perlu jabatan dan instansinya.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Supervisor dapat menyetujui tanpa ini, dengan alasan tertulis yang dicetak pada surat.</source>
            <translation>Supervisor dapat menyetujui tanpa ini, dengan alasan tertulis yang dicetak pada surat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Aturan ini melindungi orangnya dan tidak dapat dikecualikan.</source>
            <translation>Aturan ini melindungi orangnya dan tidak dapat dikecualikan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Serah terima dapat dilakukan.</source>
            <translation>Serah terima dapat dilakukan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serah terima dapat dilakukan atas persetujuan supervisor; alasannya dicetak pada surat.</source>
            <translation>Serah terima dapat dilakukan atas persetujuan supervisor; alasannya dicetak pada surat.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tulis alasan persetujuan supervisor di kolom alasan; alasan itu dicetak pada surat.</source>
            <translation>Tulis alasan persetujuan supervisor di kolom alasan; alasan itu dicetak pada surat.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hanya supervisor yang dapat menyetujui pengecualian.</source>
            <translation>Hanya supervisor yang dapat menyetujui pengecualian.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Waktu serah terima tidak boleh sebelum kedatangan atau di masa depan.</source>
            <translation>Waktu serah terima tidak boleh sebelum kedatangan atau di masa depan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Semua orang dalam satu serah terima harus dari kedatangan yang sama.</source>
            <translation>Semua orang dalam satu serah terima harus dari kedatangan yang sama.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Data tidak ditemukan lagi. Tutup jendela ini dan muat ulang.</source>
            <translation>Data tidak ditemukan lagi. Tutup jendela ini dan muat ulang.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Surat ini sudah dibatalkan.</source>
            <translation>Surat ini sudah dibatalkan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alasan wajib diisi.</source>
            <translation>Alasan wajib diisi.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hanya supervisor yang dapat melakukan ini.</source>
            <translation>Hanya supervisor yang dapat melakukan ini.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pola nomor surat pada pengaturan pos tidak valid.</source>
            <translation>Pola nomor surat pada pengaturan pos tidak valid.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Orang ini sudah diserahterimakan.</source>
            <translation>Orang ini sudah diserahterimakan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tidak dapat diproses. Periksa isian lalu coba lagi.</source>
            <translation>Tidak dapat diproses. Periksa isian lalu coba lagi.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keluarga / kuasanya</source>
            <translation>Keluarga / kuasanya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pemerintah kabupaten / Satgas</source>
            <translation>Pemerintah kabupaten / Satgas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dinas Sosial</source>
            <translation>Dinas Sosial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>UPTD PPA / DP3A</source>
            <translation>UPTD PPA / DP3A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kepolisian</source>
            <translation>Kepolisian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shelter BP3MI Pontianak</source>
            <translation>Shelter BP3MI Pontianak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Penyedia angkutan</source>
            <translation>Penyedia angkutan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lainnya</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pulang mandiri (surat pernyataan)</source>
            <translation>Pulang mandiri (surat pernyataan)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>tidak ada</source>
            <translation>tidak ada</translation>
        </message>
    </context>
    <context>
        <name>HandoverPage</name>
        <message>
            <location filename="../../intake_app/ui/handover_page.py" line="+49" />
            <source>Serah Terima</source>
            <translation>Serah Terima</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Kedatangan</source>
            <translation>&amp;Kedatangan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Petugas</source>
            <translation>&amp;Petugas</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Buat serah terima baru</source>
            <translation>&amp;Buat serah terima baru</translation>
        </message>
        <message>
            <location line="+2" />
            <source>P&amp;ratinjau</source>
            <translation>P&amp;ratinjau</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cetak</source>
            <translation>&amp;Cetak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Simpan sebagai PDF</source>
            <translation>&amp;Simpan sebagai PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cetak &amp;ulang (SALINAN)</source>
            <translation>Cetak &amp;ulang (SALINAN)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bata&amp;lkan...</source>
            <translation>Bata&amp;lkan...</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Semua kedatangan</source>
            <translation>Semua kedatangan</translation>
        </message>
        <message numerus="yes">
            <location line="+18" />
            <source>%n surat</source>
            <translation>
                <numerusform>%n surat</numerusform>
            </translation>
        </message>
        <message>
            <location line="+35" />
            <source>Serah terima tercatat, tetapi PDF belum dapat dibuat. Pilih Pratinjau untuk mencoba lagi.</source>
            <translation>Serah terima tercatat, tetapi PDF belum dapat dibuat. Pilih Pratinjau untuk mencoba lagi.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>PDF surat tidak dapat dibuat atau dibaca.</source>
            <translation>PDF surat tidak dapat dibuat atau dibaca.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Salinan surat %1</source>
            <translation>Salinan surat %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Surat %1</source>
            <translation>Surat %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Printer tidak dapat dipakai. Periksa printernya.</source>
            <translation>Printer tidak dapat dipakai. Periksa printernya.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</source>
            <translation>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Pilih petugas yang membatalkan.</source>
            <translation>Pilih petugas yang membatalkan.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../intake_app/ui/import_dialog.py" line="+48" />
            <source>No. urut</source>
            <translation>No. urut</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+63" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="-62" />
            <source>No. paspor / SPLP</source>
            <translation>No. paspor / SPLP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jenis kelamin</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanggal lahir</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tempat lahir</source>
            <translation>Tempat lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Umur</source>
            <translation>Umur</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+61" />
            <source>Pelanggaran</source>
            <translation>Pelanggaran</translation>
        </message>
        <message>
            <location line="-60" />
            <source>Depot</source>
            <translation>Depot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kewarganegaraan</source>
            <translation>Kewarganegaraan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alamat</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keterangan</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>nama kosong</source>
            <translation>nama kosong</translation>
        </message>
        <message>
            <location line="+1" />
            <source>jenis kelamin bukan L/P</source>
            <translation>jenis kelamin bukan L/P</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tanggal lahir tidak valid</source>
            <translation>tanggal lahir tidak valid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tanggal lahir di masa depan</source>
            <translation>tanggal lahir di masa depan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tanggal lahir lebih dari 110 tahun lalu</source>
            <translation>tanggal lahir lebih dari 110 tahun lalu</translation>
        </message>
        <message>
            <location line="+3" />
            <source>umur bukan angka tahun</source>
            <translation>umur bukan angka tahun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sama dengan baris %1</source>
            <translation>sama dengan baris %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Berkas bukan CSV atau XLSX (berkas .xls lama: simpan ulang sebagai .xlsx).</source>
            <translation>Berkas bukan CSV atau XLSX (berkas .xls lama: simpan ulang sebagai .xlsx).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Berkas tidak dapat dibaca.</source>
            <translation>Berkas tidak dapat dibaca.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Baris judul kolom (Nama, Jantina, ...) tidak ditemukan.</source>
            <translation>Baris judul kolom (Nama, Jantina, ...) tidak ditemukan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Berkas tidak berisi data.</source>
            <translation>Berkas tidak berisi data.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Baris %1: %2</source>
            <translation>Baris %1: %2</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Baris</source>
            <translation>Baris</translation>
        </message>
        <message>
            <location line="+2" />
            <source>JK</source>
            <translation>JK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lahir / umur</source>
            <translation>Lahir / umur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dokumen</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Impor daftar nama - %1</source>
            <translation>Impor daftar nama - %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kolom di berkas</source>
            <translation>Kolom di berkas</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Impor</source>
            <translation>&amp;Impor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Baris bermasalah (perbaiki di berkas, lalu impor lagi):</source>
            <translation>Baris bermasalah (perbaiki di berkas, lalu impor lagi):</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pratinjau yang akan diimpor:</source>
            <translation>Pratinjau yang akan diimpor:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>- abaikan -</source>
            <translation>- abaikan -</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(tanpa judul) kolom %1</source>
            <translation>(tanpa judul) kolom %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Pilih kolom untuk: %1.</source>
            <translation>Pilih kolom untuk: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 baris bermasalah: tidak ada yang diimpor sampai berkas diperbaiki.</source>
            <translation>%1 baris bermasalah: tidak ada yang diimpor sampai berkas diperbaiki.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 orang siap diimpor; %2 sudah ada di daftar kedatangan ini.</source>
            <translation>%1 orang siap diimpor; %2 sudah ada di daftar kedatangan ini.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Pilih daftar nama</source>
            <translation>Pilih daftar nama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Daftar nama (*.csv *.xlsx *.txt)</source>
            <translation>Daftar nama (*.csv *.xlsx *.txt)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../intake_app/ui/language.py" line="+54" />
            <source>Ba&amp;hasa</source>
            <translation>Ba&amp;hasa</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bahasa Indonesia</source>
            <translation>Bahasa Indonesia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Bahasa</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bahasa berganti saat program dibuka lagi. / The language changes when the program is opened again.</source>
            <translation>Bahasa berganti saat program dibuka lagi. / The language changes when the program is opened again.</translation>
        </message>
    </context>
    <context>
        <name>LetterTableModel</name>
        <message>
            <location filename="../../intake_app/ui/letter_table.py" line="+37" />
            <source>Nomor</source>
            <translation>Nomor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanggal</source>
            <translation>Tanggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jenis penerima</source>
            <translation>Jenis penerima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Penerima</source>
            <translation>Penerima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orang</source>
            <translation>Orang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anak</source>
            <translation>Anak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+10" />
            <source>BATAL</source>
            <translation>BATAL</translation>
        </message>
        <message>
            <location line="+2" />
            <source>berlaku</source>
            <translation>berlaku</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1x dicetak ulang (SALINAN)</source>
            <translation>%1x dicetak ulang (SALINAN)</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../intake_app/ui/login_dialog.py" line="+45" />
            <source>Layar terkunci</source>
            <translation>Layar terkunci</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+22" />
            <source>Masuk</source>
            <translation>Masuk</translation>
        </message>
        <message>
            <location line="-9" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Buka</source>
            <translation>Buka</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi %1.</source>
            <translation>Layar dikunci karena tidak ada kegiatan. Masukkan kata sandi %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Masukkan nama pengguna dan kata sandi petugas.</source>
            <translation>Masukkan nama pengguna dan kata sandi petugas.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Isi nama pengguna dan kata sandi.</source>
            <translation>Isi nama pengguna dan kata sandi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Memeriksa dan membuka data...</source>
            <translation>Memeriksa dan membuka data...</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nama pengguna atau kata sandi salah.</source>
            <translation>Nama pengguna atau kata sandi salah.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tidak dapat membuka data: %1</source>
            <translation>Tidak dapat membuka data: %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Terlalu banyak kata sandi salah. Akun dikunci sementara.</source>
            <translation>Terlalu banyak kata sandi salah. Akun dikunci sementara.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Coba lagi dalam %1</source>
            <translation>Coba lagi dalam %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../intake_app/ui/main_window.py" line="+44" />
            <source>Entikong Intake - Pendataan Deportan PLBN Entikong</source>
            <translation>Entikong Intake - Pendataan Deportan PLBN Entikong</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Navigasi</source>
            <translation>Navigasi</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Kedatangan</source>
            <translation>Kedatangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deportan</source>
            <translation>Deportan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Serah Terima</source>
            <translation>Serah Terima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kirim ke Pusat</source>
            <translation>Kirim ke Pusat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laporan</source>
            <translation>Laporan</translation>
        </message>
        <message>
            <location line="+41" />
            <source>%1 kedatangan, %2 deportan terdaftar, %3 anak (%4 tanpa pendamping)</source>
            <translation>%1 kedatangan, %2 deportan terdaftar, %3 anak (%4 tanpa pendamping)</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>Pusat: %n perubahan menunggu</source>
            <translation>
                <numerusform>Pusat: %n perubahan menunggu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n berkas tertunda</source>
            <translation>
                <numerusform>%n berkas tertunda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n gagal</source>
            <translation>
                <numerusform>%n gagal</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>belum pernah terkirim</source>
            <translation>belum pernah terkirim</translation>
        </message>
        <message>
            <location line="+3" />
            <source>terkirim %1 WIB</source>
            <translation>terkirim %1 WIB</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Perubahan belum dikemas · berkas belum diterima pusat · pengiriman terakhir</source>
            <translation>Perubahan belum dikemas · berkas belum diterima pusat · pengiriman terakhir</translation>
        </message>
    </context>
    <context>
        <name>NewOfficerDialog</name>
        <message>
            <location filename="../../intake_app/ui/account_forms.py" line="+112" />
            <source>Tambah akun petugas</source>
            <translation>Tambah akun petugas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>18 angka (boleh dikosongkan)</source>
            <translation>18 angka (boleh dikosongkan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Petugas</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nama lengk&amp;ap:</source>
            <translation>Nama lengk&amp;ap:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NI&amp;P:</source>
            <translation>NI&amp;P:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pe&amp;ran:</source>
            <translation>Pe&amp;ran:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Ulangi kata sandi:</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</source>
            <translation>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nama lengkap wajib diisi.</source>
            <translation>Nama lengkap wajib diisi.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>NIP harus 18 angka (atau dikosongkan).</source>
            <translation>NIP harus 18 angka (atau dikosongkan).</translation>
        </message>
    </context>
    <context>
        <name>Notice</name>
        <message>
            <location filename="../../intake_app/ui/notice.py" line="+13" />
            <source>Tidak dapat disimpan</source>
            <translation>Tidak dapat disimpan</translation>
        </message>
    </context>
    <context>
        <name>OfficerBadge</name>
        <message>
            <location filename="../../intake_app/ui/start.py" line="+71" />
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>petugas</source>
            <translation>petugas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Petugas: %1 (%2)</source>
            <translation>Petugas: %1 (%2)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Masuk sebagai %1</source>
            <translation>Masuk sebagai %1</translation>
        </message>
    </context>
    <context>
        <name>OfficerTableModel</name>
        <message>
            <location filename="../../intake_app/ui/accounts_dialog.py" line="-84" />
            <source>Nama pengguna</source>
            <translation>Nama pengguna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nama lengkap</source>
            <translation>Nama lengkap</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Peran</source>
            <translation>Peran</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Petugas</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aktif</source>
            <translation>Aktif</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nonaktif</source>
            <translation>Nonaktif</translation>
        </message>
    </context>
    <context>
        <name>OwnPasswordDialog</name>
        <message>
            <location filename="../../intake_app/ui/account_forms.py" line="-127" />
            <source>Ganti kata sandi saya</source>
            <translation>Ganti kata sandi saya</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Akun:</source>
            <translation>Akun:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kata sandi saa&amp;t ini:</source>
            <translation>Kata sandi saa&amp;t ini:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kata sandi &amp;baru:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ulangi kata sandi baru:</source>
            <translation>&amp;Ulangi kata sandi baru:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Isi kata sandi saat ini.</source>
            <translation>Isi kata sandi saat ini.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Kata sandi saat ini salah.</source>
            <translation>Kata sandi saat ini salah.</translation>
        </message>
    </context>
    <context>
        <name>PartiesForm</name>
        <message>
            <location filename="../../intake_app/ui/handover_parties.py" line="+59" />
            <source>&amp;Jenis penerima</source>
            <translation>&amp;Jenis penerima</translation>
        </message>
        <message>
            <location line="+7" />
            <source>mis. suami, kakak kandung, paman</source>
            <translation>mis. suami, kakak kandung, paman</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+109" />
            <source>Penerima (Pihak Kedua)</source>
            <translation>Penerima (Pihak Kedua)</translation>
        </message>
        <message>
            <location line="-105" />
            <source>&amp;Nama</source>
            <translation>&amp;Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+95" />
            <source>N&amp;IK</source>
            <translation>N&amp;IK</translation>
        </message>
        <message>
            <location line="-94" />
            <source>&amp;Hubungan keluarga</source>
            <translation>&amp;Hubungan keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Jabatan</source>
            <translation>&amp;Jabatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I&amp;nstansi</source>
            <translation>I&amp;nstansi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ala&amp;mat</source>
            <translation>Ala&amp;mat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tele&amp;pon</source>
            <translation>Tele&amp;pon</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Saksi</source>
            <translation>Saksi</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Nama saksi %1</source>
            <translation>Nama saksi %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jabatan saksi %1</source>
            <translation>Jabatan saksi %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instansi saksi %1</source>
            <translation>Instansi saksi %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>mis. kepala desa atau petugas Pemda</source>
            <translation>mis. kepala desa atau petugas Pemda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nama &amp;saksi 1</source>
            <translation>Nama &amp;saksi 1</translation>
        </message>
        <message>
            <location line="+59" />
            <source>N&amp;IP / NIK</source>
            <translation>N&amp;IP / NIK</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Penerima (Pihak Kedua): tidak ada, orang yang pulang menandatangani surat pernyataan</source>
            <translation>Penerima (Pihak Kedua): tidak ada, orang yang pulang menandatangani surat pernyataan</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <location filename="../../intake_app/ui/pdf_preview.py" line="+110" />
            <source>Halaman surat</source>
            <translation>Halaman surat</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Halaman</source>
            <translation>&amp;Halaman</translation>
        </message>
        <message>
            <location line="+2" />
            <source>dari %1</source>
            <translation>dari %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>◀ Se&amp;belumnya</source>
            <translation>◀ Se&amp;belumnya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beri&amp;kutnya ▶</source>
            <translation>Beri&amp;kutnya ▶</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Perbesaran</source>
            <translation>&amp;Perbesaran</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Cetak...</source>
            <translation>&amp;Cetak...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Simpan sebagai PDF...</source>
            <translation>&amp;Simpan sebagai PDF...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Tutup</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Printer tidak dapat dipakai. Periksa printernya.</source>
            <translation>Printer tidak dapat dipakai. Periksa printernya.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</source>
            <translation>Berkas tidak dapat ditulis di tempat itu. Pilih folder lain.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Simpan sebagai PDF</source>
            <translation>Simpan sebagai PDF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dokumen PDF (*.pdf)</source>
            <translation>Dokumen PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <location filename="../../intake_app/ui/pages.py" line="+56" />
            <source>nama, nomor dokumen atau NIK (Ctrl+F)</source>
            <translation>nama, nomor dokumen atau NIK (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cari deportan</source>
            <translation>Cari deportan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cari</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Hanya &amp;anak</source>
            <translation>Hanya &amp;anak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hanya anak &amp;tanpa pendamping</source>
            <translation>Hanya anak &amp;tanpa pendamping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Belum &amp;lengkap</source>
            <translation>Belum &amp;lengkap</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>semua</source>
            <translation>semua</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menunggu disposisi</source>
            <translation>Menunggu disposisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diharapkan</source>
            <translation>Diharapkan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+42" />
            <source>Semua kedatangan</source>
            <translation>Semua kedatangan</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Tampilkan &amp;semua kedatangan</source>
            <translation>Tampilkan &amp;semua kedatangan</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Deportan</source>
            <translation>Deportan</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kedatangan %1</source>
            <translation>Kedatangan %1</translation>
        </message>
        <message numerus="yes">
            <location line="+44" />
            <source>%n orang</source>
            <translation>
                <numerusform>%n orang</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 teratas; ketik lebih lengkap</source>
            <translation>%1 teratas; ketik lebih lengkap</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1; ketik minimal 3 huruf untuk mencari</source>
            <translation>%1; ketik minimal 3 huruf untuk mencari</translation>
        </message>
    </context>
    <context>
        <name>PeoplePicker</name>
        <message>
            <location filename="../../intake_app/ui/handover_people_picker.py" line="+56" />
            <source>Daftar orang; Spasi mencentang</source>
            <translation>Daftar orang; Spasi mencentang</translation>
        </message>
        <message>
            <location line="+4" />
            <source>nama, nomor dokumen atau keluarga</source>
            <translation>nama, nomor dokumen atau keluarga</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ari</source>
            <translation>C&amp;ari</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hanya a&amp;nak</source>
            <translation>Hanya a&amp;nak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tampilkan yang sudah &amp;diserahkan</source>
            <translation>Tampilkan yang sudah &amp;diserahkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pilih satu &amp;keluarga</source>
            <translation>Pilih satu &amp;keluarga</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mencentang semua anggota keluarga orang yang disorot, termasuk anak dan pendampingnya</source>
            <translation>Mencentang semua anggota keluarga orang yang disorot, termasuk anak dan pendampingnya</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pilih semua yang &amp;tampil</source>
            <translation>Pilih semua yang &amp;tampil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kos&amp;ongkan pilihan</source>
            <translation>Kos&amp;ongkan pilihan</translation>
        </message>
        <message>
            <location line="+74" />
            <source>%1 orang dipilih, %2 anak</source>
            <translation>%1 orang dipilih, %2 anak</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <location filename="../../intake_app/ui/person_form.py" line="+50" />
            <source>- pilih -</source>
            <translation>- pilih -</translation>
        </message>
        <message>
            <location line="+1" />
            <source>L - Laki-laki</source>
            <translation>L - Laki-laki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P - Perempuan</source>
            <translation>P - Perempuan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Paspor</source>
            <translation>Paspor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SPLP</source>
            <translation>SPLP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tidak ada dokumen</source>
            <translation>Tidak ada dokumen</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tanpa paspor</source>
            <translation>Tanpa paspor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanpa izin kerja</source>
            <translation>Tanpa izin kerja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melebihi izin tinggal</source>
            <translation>Melebihi izin tinggal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Masuk tanpa izin</source>
            <translation>Masuk tanpa izin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Judi</source>
            <translation>Judi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Narkoba</source>
            <translation>Narkoba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pidana lain</source>
            <translation>Pidana lain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lahir di Malaysia tanpa dokumen</source>
            <translation>Lahir di Malaysia tanpa dokumen</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <location line="+10" />
            <source>Lainnya</source>
            <translation>Lainnya</translation>
        </message>
        <message>
            <location line="-19" />
            <source>Jasa</source>
            <translation>Jasa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Konstruksi</source>
            <translation>Konstruksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perkebunan</source>
            <translation>Perkebunan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industri</source>
            <translation>Industri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perkapalan / ABK</source>
            <translation>Perkapalan / ABK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PLRT</source>
            <translation>PLRT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kedai</source>
            <translation>Kedai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ikut suami/istri</source>
            <translation>Ikut suami/istri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ikut orang tua</source>
            <translation>Ikut orang tua</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Resmi (PLBN / bandara)</source>
            <translation>Resmi (PLBN / bandara)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tidak resmi (jalan tikus)</source>
            <translation>Tidak resmi (jalan tikus)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ibu</source>
            <translation>Ibu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ayah</source>
            <translation>Ayah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kerabat</source>
            <translation>Kerabat</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Hamil</source>
            <translation>Hamil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disabilitas</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sakit</source>
            <translation>Sakit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perlu rujukan</source>
            <translation>Perlu rujukan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ada surat laik jalan</source>
            <translation>Ada surat laik jalan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indikasi TPPO</source>
            <translation>Indikasi TPPO</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Korban kekerasan</source>
            <translation>Korban kekerasan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perlu akta kelahiran</source>
            <translation>Perlu akta kelahiran</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Pindai atau ketik 2 baris MRZ paspor (opsional)</source>
            <translation>Pindai atau ketik 2 baris MRZ paspor (opsional)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>HH-BB-TTTT, atau tahun saja</source>
            <translation>HH-BB-TTTT, atau tahun saja</translation>
        </message>
        <message>
            <location line="+3" />
            <source>tidak diisi</source>
            <translation>tidak diisi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>16 angka</source>
            <translation>16 angka</translation>
        </message>
        <message>
            <location line="+11" />
            <source>ketik nama kabupaten atau kecamatan</source>
            <translation>ketik nama kabupaten atau kecamatan</translation>
        </message>
        <message>
            <location line="+43" />
            <source>M&amp;RZ paspor</source>
            <translation>M&amp;RZ paspor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Nama lengkap *</source>
            <translation>&amp;Nama lengkap *</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Jenis kelamin *</source>
            <translation>&amp;Jenis kelamin *</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tanggal lahir</source>
            <translation>&amp;Tanggal lahir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perkiraan &amp;umur</source>
            <translation>Perkiraan &amp;umur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tempat la&amp;hir</source>
            <translation>Tempat la&amp;hir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;IK</source>
            <translation>N&amp;IK</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Dokumen perjalanan</source>
            <translation>&amp;Dokumen perjalanan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dokumen perjalanan</source>
            <translation>Dokumen perjalanan</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Nomor dokumen</source>
            <translation>Nomor dokumen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Penerbit dokumen</source>
            <translation>Penerbit dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No. &amp;KK</source>
            <translation>No. &amp;KK</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Daerah &amp;asal</source>
            <translation>Daerah &amp;asal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Alamat</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Telepon</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kontak keluarga</source>
            <translation>Kontak keluarga</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lama ditahan (hari)</source>
            <translation>Lama ditahan (hari)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Negara bagian</source>
            <translation>Negara bagian</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lama di Malaysia (tahun)</source>
            <translation>Lama di Malaysia (tahun)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Majikan</source>
            <translation>Majikan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Sektor</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jalur masuk</source>
            <translation>Jalur masuk</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Pendamping (anak)</source>
            <translation>&amp;Pendamping (anak)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hubungan</source>
            <translation>Hubungan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kondisi kesehatan</source>
            <translation>Kondisi kesehatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Catatan</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Identitas</source>
            <translation>Identitas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asal dan kontak</source>
            <translation>Asal dan kontak</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Perlindungan dan kesehatan</source>
            <translation>Perlindungan dan kesehatan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alasan deportasi</source>
            <translation>Alasan deportasi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selama di Malaysia</source>
            <translation>Selama di Malaysia</translation>
        </message>
        <message>
            <location line="+57" />
            <location line="+7" />
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <location line="+30" />
            <source>- tidak ada / belum dipilih -</source>
            <translation>- tidak ada / belum dipilih -</translation>
        </message>
        <message>
            <location line="+112" />
            <source>Isian tidak valid: %1</source>
            <translation>Isian tidak valid: %1</translation>
        </message>
        <message>
            <location line="+70" />
            <source>Nama wajib diisi.</source>
            <translation>Nama wajib diisi.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pilih jenis kelamin (ketik L atau P).</source>
            <translation>Pilih jenis kelamin (ketik L atau P).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tanggal lahir tidak dikenali. Tulis HH-BB-TTTT, atau tahun saja (TTTT).</source>
            <translation>Tanggal lahir tidak dikenali. Tulis HH-BB-TTTT, atau tahun saja (TTTT).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tahun lahir tidak masuk akal.</source>
            <translation>Tahun lahir tidak masuk akal.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nomor dokumen belum diisi (boleh dilengkapi nanti).</source>
            <translation>Nomor dokumen belum diisi (boleh dilengkapi nanti).</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Anak tanpa pendamping: pilih orang dewasa dari rombongan ini bila ada. Bila tidak ada, anak dirujuk ke UPTD PPA / Dinas Sosial.</source>
            <translation>Anak tanpa pendamping: pilih orang dewasa dari rombongan ini bila ada. Bila tidak ada, anak dirujuk ke UPTD PPA / Dinas Sosial.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>MRZ terbaca; data paspor sudah diisi. Periksa kembali.</source>
            <translation>MRZ terbaca; data paspor sudah diisi. Periksa kembali.</translation>
        </message>
    </context>
    <context>
        <name>PersonTableModel</name>
        <message>
            <location filename="../../intake_app/ui/person_table.py" line="+53" />
            <source>Nama</source>
            <translation>Nama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>JK</source>
            <translation>JK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Umur</source>
            <translation>Umur</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dokumen</source>
            <translation>Dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perlindungan</source>
            <translation>Perlindungan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pendamping</source>
            <translation>Pendamping</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Belum diisi</source>
            <translation>Belum diisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deportasi lalu</source>
            <translation>Deportasi lalu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Berapa kali orang ini dideportasi sebelumnya (catatan yang ditautkan)</source>
            <translation>Berapa kali orang ini dideportasi sebelumnya (catatan yang ditautkan)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Paspor</source>
            <translation>Paspor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SPLP</source>
            <translation>SPLP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>-</source>
            <translation>-</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Diharapkan</source>
            <translation>Diharapkan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Menunggu disposisi</source>
            <translation>Menunggu disposisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Selesai</source>
            <translation>Selesai</translation>
        </message>
        <message>
            <location line="+162" />
            <source>%1 kali</source>
            <translation>%1 kali</translation>
        </message>
    </context>
    <context>
        <name>PostPage</name>
        <message>
            <location filename="../../intake_app/ui/setup_wizard.py" line="+49" />
            <source>Data pos</source>
            <translation>Data pos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Identitas pos ini, dipakai pada kop dan nomor surat.</source>
            <translation>Identitas pos ini, dipakai pada kop dan nomor surat.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Nama pos:</source>
            <translation>&amp;Nama pos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ko&amp;de pos:</source>
            <translation>Ko&amp;de pos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tempat:</source>
            <translation>&amp;Tempat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kop &amp;surat:</source>
            <translation>Kop &amp;surat:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pola nomor surat:</source>
            <translation>&amp;Pola nomor surat:</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nama, kode dan tempat pos wajib diisi.</source>
            <translation>Nama, kode dan tempat pos wajib diisi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kop surat paling sedikit satu baris.</source>
            <translation>Kop surat paling sedikit satu baris.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location line="+68" />
            <source>Kode pemulihan</source>
            <translation>Kode pemulihan</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Catat kode ini di kertas dan simpan di tempat aman. Kode ini hanya ditampilkan sekali dan dipakai bila semua kata sandi supervisor hilang.</source>
            <translation>Catat kode ini di kertas dan simpan di tempat aman. Kode ini hanya ditampilkan sekali dan dipakai bila semua kata sandi supervisor hilang.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sudah saya &amp;catat</source>
            <translation>Sudah saya &amp;catat</translation>
        </message>
    </context>
    <context>
        <name>RegistrationDialog</name>
        <message>
            <location filename="../../intake_app/ui/registration_dialog.py" line="+92" />
            <source>Pendaftaran deportan</source>
            <translation>Pendaftaran deportan</translation>
        </message>
        <message>
            <location line="+11" />
            <source>ketik sebagian nama atau nomor dokumen</source>
            <translation>ketik sebagian nama atau nomor dokumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Cari di daftar nama</source>
            <translation>&amp;Cari di daftar nama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cari di daftar nama</source>
            <translation>Cari di daftar nama</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Simpan &amp;&amp; berikutnya (Enter)</source>
            <translation>Simpan &amp;&amp; berikutnya (Enter)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Simpan &amp;&amp; daftarkan anaknya (Ctrl+K)</source>
            <translation>Simpan &amp;&amp; daftarkan anaknya (Ctrl+K)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Tutup (Esc)</source>
            <translation>Tutup (Esc)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Tersimpan dalam sesi ini</source>
            <translation>Tersimpan dalam sesi ini</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Simpan perubahan (Enter)</source>
            <translation>Simpan perubahan (Enter)</translation>
        </message>
        <message numerus="yes">
            <location line="+55" />
            <source>%n nama di daftar belum tiba</source>
            <translation>
                <numerusform>%n nama di daftar belum tiba</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tidak ada daftar nama untuk kedatangan ini.</source>
            <translation>Tidak ada daftar nama untuk kedatangan ini.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>tanpa surat KJRI</source>
            <translation>tanpa surat KJRI</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kedatangan %1 - %2</source>
            <translation>Kedatangan %1 - %2</translation>
        </message>
        <message>
            <location line="+74" />
            <source>Keluarga %1</source>
            <translation>Keluarga %1</translation>
        </message>
        <message>
            <location line="+45" />
            <source> (%1x dideportasi)</source>
            <translation> (%1x dideportasi)</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n orang tersimpan</source>
            <translation>
                <numerusform>%n orang tersimpan</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <location filename="../../intake_app/ui/account_forms.py" line="+13" />
            <source>Atur ulang kata sandi</source>
            <translation>Atur ulang kata sandi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Petugas:</source>
            <translation>Petugas:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kata sandi &amp;baru:</source>
            <translation>Kata sandi &amp;baru:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ulangi kata sandi baru:</source>
            <translation>&amp;Ulangi kata sandi baru:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sampaikan kata sandi baru ini langsung kepada petugas itu.</source>
            <translation>Sampaikan kata sandi baru ini langsung kepada petugas itu.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <location filename="../../intake_app/ui/setup_wizard.py" line="+18" />
            <source>Penyiapan pos baru</source>
            <translation>Penyiapan pos baru</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Lanjut &gt;</source>
            <translation>&amp;Lanjut &gt;</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt; &amp;Kembali</source>
            <translation>&lt; &amp;Kembali</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Selesai</source>
            <translation>&amp;Selesai</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>SupervisorDialog</name>
        <message>
            <location filename="../../intake_app/ui/supervisor_gate.py" line="+59" />
            <source>Persetujuan supervisor</source>
            <translation>Persetujuan supervisor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>pembatalan surat serah terima</source>
            <translation>pembatalan surat serah terima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pengecualian aturan serah terima</source>
            <translation>pengecualian aturan serah terima</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tindakan ini (%1) memerlukan persetujuan supervisor. Supervisor memasukkan nama pengguna dan kata sandinya sendiri.</source>
            <translation>Tindakan ini (%1) memerlukan persetujuan supervisor. Supervisor memasukkan nama pengguna dan kata sandinya sendiri.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Nama pengguna supervisor:</source>
            <translation>&amp;Nama pengguna supervisor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kata sandi:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Setujui</source>
            <translation>Setujui</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Batal</source>
            <translation>Batal</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Isi nama pengguna dan kata sandi supervisor.</source>
            <translation>Isi nama pengguna dan kata sandi supervisor.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Akun itu bukan supervisor.</source>
            <translation>Akun itu bukan supervisor.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.</source>
            <translation>Terlalu banyak kata sandi salah. Coba lagi dalam %1 detik.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nama pengguna atau kata sandi salah.</source>
            <translation>Nama pengguna atau kata sandi salah.</translation>
        </message>
    </context>
    <context>
        <name>SupervisorPage</name>
        <message>
            <location filename="../../intake_app/ui/setup_wizard.py" line="-97" />
            <source>Supervisor pertama</source>
            <translation>Supervisor pertama</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Akun ini dapat membuat akun petugas lain.</source>
            <translation>Akun ini dapat membuat akun petugas lain.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>18 angka (boleh dikosongkan)</source>
            <translation>18 angka (boleh dikosongkan)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Nama pengguna:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nama lengk&amp;ap:</source>
            <translation>Nama lengk&amp;ap:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>NI&amp;P:</source>
            <translation>NI&amp;P:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kata &amp;sandi:</source>
            <translation>Kata &amp;sandi:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Ulangi kata sandi:</source>
            <translation>&amp;Ulangi kata sandi:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Gagal menyimpan: %1</source>
            <translation>Gagal menyimpan: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</source>
            <translation>Nama pengguna 2-32 huruf kecil, angka, titik, garis bawah atau strip.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nama lengkap wajib diisi.</source>
            <translation>Nama lengkap wajib diisi.</translation>
        </message>
    </context>
    <context>
        <name>SyncBatchTable</name>
        <message>
            <location filename="../../intake_app/ui/sync_batch_table.py" line="+23" />
            <source>Urutan</source>
            <translation>Urutan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Perubahan</source>
            <translation>Perubahan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Percobaan</source>
            <translation>Percobaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coba lagi</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keterangan</source>
            <translation>Keterangan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dibuat</source>
            <translation>Dibuat</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Menunggu</source>
            <translation>Menunggu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sedang dikirim</source>
            <translation>Sedang dikirim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Terkirim</source>
            <translation>Terkirim</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gagal, dicoba lagi</source>
            <translation>Gagal, dicoba lagi</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Tidak dapat terhubung ke kantor pusat</source>
            <translation>Tidak dapat terhubung ke kantor pusat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kantor pusat tidak menjawab tepat waktu</source>
            <translation>Kantor pusat tidak menjawab tepat waktu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pos ini belum terdaftar di kantor pusat</source>
            <translation>Pos ini belum terdaftar di kantor pusat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanda tangan berkas ditolak kantor pusat</source>
            <translation>Tanda tangan berkas ditolak kantor pusat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Berkas tidak untuk kunci kantor pusat ini</source>
            <translation>Berkas tidak untuk kunci kantor pusat ini</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Isi berkas ditolak kantor pusat</source>
            <translation>Isi berkas ditolak kantor pusat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Berkas rusak</source>
            <translation>Berkas rusak</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanda terima tidak sah</source>
            <translation>Tanda terima tidak sah</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanda terima dari kunci yang tidak dikenal</source>
            <translation>Tanda terima dari kunci yang tidak dikenal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tanda terima untuk berkas lain</source>
            <translation>Tanda terima untuk berkas lain</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Berkas hilang dari folder outbox</source>
            <translation>Berkas hilang dari folder outbox</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Berkas kiriman</source>
            <translation>Berkas kiriman</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Diterima %1, sudah ada %2, konflik %3</source>
            <translation>Diterima %1, sudah ada %2, konflik %3</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../../intake_app/ui/sync_page.py" line="+38" />
            <source>Pilih folder USB</source>
            <translation>Pilih folder USB</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Kunci kantor pusat</source>
            <translation>Kunci kantor pusat</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Kirim ke Pusat</source>
            <translation>Kirim ke Pusat</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Ekspor ke USB...</source>
            <translation>&amp;Ekspor ke USB...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kirim sekarang</source>
            <translation>&amp;Kirim sekarang</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Simpan &amp;alamat</source>
            <translation>Simpan &amp;alamat</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Impor kunci pusat...</source>
            <translation>&amp;Impor kunci pusat...</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pengaturan dan kunci</source>
            <translation>Pengaturan dan kunci</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alamat kantor p&amp;usat:</source>
            <translation>Alamat kantor p&amp;usat:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sidik jari kunci pos:</source>
            <translation>Sidik jari kunci pos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kunci kantor pusat:</source>
            <translation>Kunci kantor pusat:</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Kunci pos tidak dapat dibaca</source>
            <translation>Kunci pos tidak dapat dibaca</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Belum ada. Impor berkas kunci dari pusat.</source>
            <translation>Belum ada. Impor berkas kunci dari pusat.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Alamat harus diawali http:// atau https://</source>
            <translation>Alamat harus diawali http:// atau https://</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alamat kantor pusat disimpan.</source>
            <translation>Alamat kantor pusat disimpan.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Isi dan simpan alamat kantor pusat terlebih dahulu.</source>
            <translation>Isi dan simpan alamat kantor pusat terlebih dahulu.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pengiriman sedang berjalan.</source>
            <translation>Pengiriman sedang berjalan.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Berkas kunci tidak dapat dipakai: %1</source>
            <translation>Berkas kunci tidak dapat dipakai: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Kunci pusat diimpor. Cocokkan sidik jarinya dengan pusat lewat telepon.</source>
            <translation>Kunci pusat diimpor. Cocokkan sidik jarinya dengan pusat lewat telepon.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Mengekspor...</source>
            <translation>Mengekspor...</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tidak ada perubahan baru untuk diekspor.</source>
            <translation>Tidak ada perubahan baru untuk diekspor.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n berkas ditulis ke USB</source>
            <translation>
                <numerusform>%n berkas ditulis ke USB</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>perubahan</source>
            <translation>perubahan</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Belum ada kunci kantor pusat. Impor berkas kunci dari pusat dahulu.</source>
            <translation>Belum ada kunci kantor pusat. Impor berkas kunci dari pusat dahulu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ekspor gagal, tidak ada yang ditandai terkirim: %1</source>
            <translation>Ekspor gagal, tidak ada yang ditandai terkirim: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Mengirim ke kantor pusat...</source>
            <translation>Mengirim ke kantor pusat...</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pengiriman terhenti: %1</source>
            <translation>Pengiriman terhenti: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Terkirim: %1 berkas, gagal: %2 berkas</source>
            <translation>Terkirim: %1 berkas, gagal: %2 berkas</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../intake_app/ui/void_dialog.py" line="+15" />
            <source>Batalkan surat %1</source>
            <translation>Batalkan surat %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Surat dan nomornya tetap tercatat dengan tanda BATAL; orang-orangnya dapat diserahterimakan lagi dengan surat baru. Pembatalan adalah tindakan supervisor.</source>
            <translation>Surat dan nomornya tetap tercatat dengan tanda BATAL; orang-orangnya dapat diserahterimakan lagi dengan surat baru. Pembatalan adalah tindakan supervisor.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Alasan pembatalan</source>
            <translation>&amp;Alasan pembatalan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Batalkan surat</source>
            <translation>&amp;Batalkan surat</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Kembali</source>
            <translation>&amp;Kembali</translation>
        </message>
    </context>
</TS>
