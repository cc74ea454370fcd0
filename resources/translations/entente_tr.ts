<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>entente</name>
    <message>
        <source>confirmed by the sources below</source>
        <translation>aşağıdaki kaynaklarca doğrulandı</translation>
    </message>
    <message>
        <source>reported by the sources below, not independently confirmed</source>
        <translation>aşağıdaki kaynaklarca bildirildi, bağımsız olarak doğrulanmadı</translation>
    </message>
    <message>
        <source>an allegation: claimed, not established</source>
        <translation>bir iddia: öne sürüldü, kanıtlanmadı</translation>
    </message>
    <message>
        <source>disputed: sources disagree</source>
        <translation>tartışmalı: kaynaklar farklı söylüyor</translation>
    </message>
    <message>
        <source>denied by a party to it</source>
        <translation>taraflardan biri yalanladı</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Şunun ardından</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>Ardından gelen</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Şuna yanıt</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Yanıtı</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Neden olduğu</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Nedeni</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ACLED interaction code (0 to 8)</source>
        <translation>&quot;%1&quot; bir ACLED etkileşim kodu değil (0–8)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coordinate between -%2 and %2</source>
        <translation>&quot;%1&quot;, -%2 ile %2 arasında bir koordinat değil</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>bir tarih gerekli</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; bir tarih değil</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 boş: içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-16 metin; UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-16 metne benziyor; UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not one Entente can import.</source>
        <translation>%1 ikili bir dosya; Entente bunu içe aktaramaz.</translation>
    </message>
    <message>
        <source>%1 holds only blank space: there is nothing to import.</source>
        <translation>%1 yalnızca boşluk içeriyor: içe aktarılacak bir şey yok.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 mevcut değil.</translation>
    </message>
    <message>
        <source>%1 is in no format Entente knows; name one with --format (%2).</source>
        <translation>%1, Entente&apos;in bildiği bir biçimde değil; --format ile birini belirtin (%2).</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 bir içe aktarma biçimi değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>%1 içe aktarımı iptal edildi; hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>%1 içe aktarılamadı: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (Timeline writes 2022-03-29 14:30:00)</source>
        <translation>&quot;%1&quot; bir tarih değil (Timeline 2022-03-29 14:30:00 biçiminde yazar)</translation>
    </message>
    <message>
        <source>a month or day is given without a year</source>
        <translation>ay ya da gün, yıl olmadan verilmiş</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>&quot;%1&quot; bir yıl değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month</source>
        <translation>&quot;%1&quot; bir ay değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day</source>
        <translation>&quot;%1&quot; bir gün değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>&quot;%1&quot; bir saat değil</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date</source>
        <translation>%1-%2-%3 bir tarih değil</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>bir slaytın başlangıç yılı olmalı</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>okunamıyor: %1</translation>
    </message>
    <message>
        <source>it is cut short inside its header</source>
        <translation>başlığının ortasında kesilmiş</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>başlığı olanaksız bir sayfa boyutu belirtiyor</translation>
    </message>
    <message>
        <source>it ends in the middle of a page: it was cut short</source>
        <translation>bir sayfanın ortasında bitiyor: kesilmiş</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: the charts are %2.</source>
        <translation>Bilinmeyen grafik &quot;%1&quot;: grafikler şunlar: %2.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation>Bilinmeyen tema &quot;%1&quot;: light ya da dark kullanın.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-32 metin; UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-32 metne benziyor; UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 bir klasör, içe aktarılacak bir dosya değil.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1, &quot;%2&quot; alanı</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n record(s) could be imported, so nothing was; the first problem, at %2: %3.</source>
        <translation>
            <numerusform>%1: %n kaydının hiçbiri içe aktarılamadı, bu yüzden hiçbir şey aktarılmadı; ilk sorun, %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>İçe aktarma iptal edildi; hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported from any of the files.</source>
        <translation>%1 Dosyaların hiçbirinden hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
        <source>there is no second %1</source>
        <translation>%1 diye bir saniye yok</translation>
    </message>
    <message>
        <source>, “%1”</source>
        <translation>, “%1”</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Kaynaklar: %1</translation>
    </message>
    <message>
        <source>Could not read the events of %1: the file may be damaged.</source>
        <translation>%1 dosyasının olayları okunamadı: dosya hasarlı olabilir.</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; %2.</source>
        <translation>--where: &quot;%1&quot; %2.</translation>
    </message>
    <message>
        <source>does not give a day as 2024-01-31</source>
        <translation>günü 2024-01-31 biçiminde vermiyor</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>dönem başlamadan bitiyor</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>tamamen güvenilir</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>genellikle güvenilir</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>oldukça güvenilir</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>genellikle güvenilmez</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>güvenilmez</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>güvenilirlik değerlendirilemez</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>başka kaynaklarca doğrulanmış</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>muhtemelen doğru</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>olasılıkla doğru</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>şüpheli</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>olası değil</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>doğruluk değerlendirilemez</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Entente file.</source>
        <translation>%1 bir klasör, Entente dosyası değil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 okunamıyor: izin reddedildi.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an Entente file, and nothing in it can be recovered.</source>
        <translation>%1 boş (0 bayt): bir Entente dosyası değil ve içinden hiçbir şey kurtarılamaz.</translation>
    </message>
    <message>
        <source>%1 is not an Entente file (it is not an SQLite database).</source>
        <translation>%1 bir Entente dosyası değil (SQLite veritabanı değil).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 hasarlı (%2). Salt okunur açın ya da okunabilenleri yeni bir dosyaya kurtarın.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Entente file.</source>
        <translation>%1 başka bir programın SQLite veritabanı, Entente dosyası değil.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Entente (file format %2; this version reads up to %3). Update Entente to open it.</source>
        <translation>%1, Entente’in daha yeni bir sürümüyle oluşturulmuş (dosya biçimi %2; bu sürüm %3’e kadar okur). Açmak için Entente’i güncelleyin.</translation>
    </message>
    <message>
        <source>%1 is marked as an Entente file but its format version is %2, which no Entente writes: another program has changed it. Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 bir Entente dosyası olarak işaretli, ancak biçim sürümü hiçbir Entente’in yazmadığı %2: başka bir program onu değiştirmiş. Salt okunur açın ya da okunabilenleri yeni bir dosyaya kurtarın.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1, ona yazan başka bir program tarafından kilitlenmiş; o bitirdiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2.</source>
        <translation>%1 yazmak için açılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is being imported into by another program; try again when it has finished.</source>
        <translation>Başka bir program şu anda %1 dosyasına içe aktarma yapıyor; o bitirdiğinde yeniden deneyin.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled before its interrupted import was taken back; the file is as it was.</source>
        <translation>%1 açılışı, yarım kalan içe aktarması geri alınmadan iptal edildi; dosya olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>farklı</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>satır 1</translation>
    </message>
    <message>
        <source>the header lacks this UCDP GED column</source>
        <translation>başlıkta bu UCDP GED sütunu eksik</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the header&apos;s %n column(s)</source>
        <translation>
            <numerusform>satır, başlığın %n sütunundan %1 tanesinden sonra bitiyor</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of violence (1, 2 or 3)</source>
        <translation>&quot;%1&quot; bir şiddet türü değil (1, 2 veya 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date precision (1 to 5)</source>
        <translation>&quot;%1&quot; bir tarih kesinliği değil (1–5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (UCDP writes 2022-03-29)</source>
        <translation>&quot;%1&quot; bir gün değil (UCDP 2022-03-29 biçiminde yazar)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day on or after date_start</source>
        <translation>&quot;%1&quot;, date_start ile aynı veya sonraki bir gün değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of deaths</source>
        <translation>&quot;%1&quot; bir ölü sayısı değil</translation>
    </message>
    <message>
        <source>every UCDP event has a side A</source>
        <translation>her UCDP olayının bir A tarafı vardır</translation>
    </message>
    <message>
        <source>every UCDP event has a side B</source>
        <translation>her UCDP olayının bir B tarafı vardır</translation>
    </message>
    <message numerus="yes">
        <source>UCDP GED event %1: %2%3; %n death(s) (best estimate).</source>
        <translation>
            <numerusform>UCDP GED olayı %1: %2%3; %n ölü (en iyi tahmin).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n byte(s) after its last page: something was added to its end</source>
        <translation>
            <numerusform>son sayfasından sonra %n bayt var: sonuna bir şey eklenmiş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %1 of its %n page(s): it was cut short</source>
        <translation>
            <numerusform>%n sayfasının %1 tanesi var: kısa kesilmiş</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AccessibleSelection</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Actor: %1.</source>
        <translation>Aktör: %1.</translation>
    </message>
    <message>
        <source>Event, %1. Status: %2.</source>
        <translation>Olay, %1. Durum: %2.</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>Tür: %1.</translation>
    </message>
    <message>
        <source>Actors: %1.</source>
        <translation>Aktörler: %1.</translation>
    </message>
</context>
<context>
    <name>entente::AccountEditor</name>
    <message>
        <source>as the event</source>
        <translation>olaydaki gibi</translation>
    </message>
    <message>
        <source>end, if any</source>
        <translation>varsa bitiş</translation>
    </message>
    <message>
        <source>The end of its date</source>
        <translation>Tarihinin bitişi</translation>
    </message>
    <message>
        <source>1,000 each, 390 on the first day</source>
        <translation>her biri 1.000, ilk gün 390</translation>
    </message>
    <message>
        <source>The actors this source names as taking part, comma separated</source>
        <translation>Bu kaynağın katılan olarak adlandırdığı aktörler, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>The numbers this source gives, as it gives them</source>
        <translation>Bu kaynağın verdiği sayılar, verdiği biçimde</translation>
    </message>
    <message>
        <source>Sa&amp;ys it is</source>
        <translation>Kaynağa &amp;göre</translation>
    </message>
    <message>
        <source>&amp;Its date</source>
        <translation>T&amp;arihi</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Rakamlar</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Katılanlar</translation>
    </message>
    <message>
        <source>Account: select a source above</source>
        <translation>Anlatım: yukarıdan bir kaynak seçin</translation>
    </message>
    <message>
        <source>What %1 says differently</source>
        <translation>%1 neyi farklı söylüyor</translation>
    </message>
</context>
<context>
    <name>entente::AcledImporter</name>
    <message>
        <source>line 1</source>
        <translation>satır 1</translation>
    </message>
    <message>
        <source>the header lacks this ACLED column</source>
        <translation>başlıkta bu ACLED sütunu yok</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ACLED writes 2022-03-29)</source>
        <translation>&quot;%1&quot; bir tarih değil (ACLED 2022-03-29 biçiminde yazar)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time precision (1, 2 or 3)</source>
        <translation>&quot;%1&quot; bir zaman kesinliği değil (1, 2 ya da 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>&quot;%1&quot; bir enlem değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>&quot;%1&quot; bir boylam değil</translation>
    </message>
    <message>
        <source>every ACLED event has a first actor</source>
        <translation>her ACLED olayının bir birinci aktörü vardır</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
</context>
<context>
    <name>entente::ActivityChart</name>
    <message>
        <source>Events per %1, by kind</source>
        <translation>%1 başına olaylar, türe göre</translation>
    </message>
    <message>
        <source>Events per %1, by actor</source>
        <translation>%1 başına olaylar, aktöre göre</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>Events × actors</source>
        <translation>Olaylar × aktörler</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Events per %1, by %2</source>
        <translation>%1 başına olaylar, gruplama: %2</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <source>Edit Actor</source>
        <translation>Aktörü Düzenle</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Yeni Aktör</translation>
    </message>
    <message>
        <source>#rrggbb, or empty for the palette&apos;s choice</source>
        <translation>#rrggbb ya da paletin seçimi için boş</translation>
    </message>
    <message>
        <source>One a line; a language in brackets: Київ [uk]</source>
        <translation>Satır başına bir tane; dil köşeli parantezde: Kiev [tr]</translation>
    </message>
    <message>
        <source>Title | from | to, one a line: UK Prime Minister | 2019-07-24 | 2022-09-06</source>
        <translation>Unvan | başlangıç | bitiş, satır başına bir tane: Birleşik Krallık Başbakanı | 2019-07-24 | 2022-09-06</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>Açı&amp;klama</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Renk</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>Diğer &amp;adlar</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>&amp;Unvanlar</translation>
    </message>
    <message>
        <source>In the titles, &quot;%1&quot; is not a date.</source>
        <translation>Unvanlarda &quot;%1&quot; bir tarih değil.</translation>
    </message>
    <message>
        <source>A title line has no title: &quot;%1&quot;.</source>
        <translation>Bir unvan satırında unvan yok: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The actor needs a name.</source>
        <translation>Aktörün bir adı olmalı.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #rrggbb.</source>
        <translation>&quot;%1&quot; bir renk değil; #rrggbb biçiminde yazın.</translation>
    </message>
</context>
<context>
    <name>entente::ActorKind</name>
    <message>
        <source>Person</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Devlet</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Kuruluş</translation>
    </message>
</context>
<context>
    <name>entente::ActorPicker</name>
    <message>
        <source>Find an actor or alias</source>
        <translation>Bir aktör ya da diğer adını bulun</translation>
    </message>
    <message>
        <source>Find an actor</source>
        <translation>Aktör bul</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Ayrıca: %1</translation>
    </message>
</context>
<context>
    <name>entente::ActorsChart</name>
    <message>
        <source>Events per actor (top %1 of %2)</source>
        <translation>Aktör başına olaylar (%2 aktörden ilk %1)</translation>
    </message>
    <message>
        <source>Events per actor</source>
        <translation>Aktör başına olaylar</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
</context>
<context>
    <name>entente::ArticleReader</name>
    <message>
        <source>The article holds no text.</source>
        <translation>Makalede metin yok.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 boş.</translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; a report is at most %3 MB).</source>
        <translation>%1 bir makale olamayacak kadar büyük (%2 MB; bir haber en fazla %3 MB olur).</translation>
    </message>
    <message>
        <source>%1 is not a text article: it holds binary data.</source>
        <translation>%1 bir metin makalesi değil: ikili veri içeriyor.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 UTF-8 metin değil; UTF-8 olarak kaydedip yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 makale metni içermiyor.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 yok.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation>%1 bir klasör, makale değil.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail message.</source>
        <translation>%1 bir e-posta iletisi değil.</translation>
    </message>
    <message>
        <source>%1 has no text part.</source>
        <translation>%1 içinde metin bölümü yok.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares.</source>
        <translation>%1 bildirdiği karakter kümesinde değil.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares (or not UTF-8 when it declares none).</source>
        <translation>%1 bildirdiği karakter kümesinde değil (ya da hiçbirini bildirmiyorsa UTF-8 değil).</translation>
    </message>
    <message>
        <source>%1 cannot be read as HTML.</source>
        <translation>%1 HTML olarak okunamıyor.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n character(s) of text: more than one report (at most %2).</source>
        <translation>
            <numerusform>%1 %n karakter metin içeriyor: bir haberden fazlası (en çok %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AttributeGroups</name>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>diğer</translation>
    </message>
    <message>
        <source>−10 to −5</source>
        <translation>−10 ile −5 arası</translation>
    </message>
    <message>
        <source>−5 to 0</source>
        <translation>−5 ile 0 arası</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>0 to 5</source>
        <translation>0 ile 5 arası</translation>
    </message>
    <message>
        <source>5 to 10</source>
        <translation>5 ile 10 arası</translation>
    </message>
    <message>
        <source>no deaths</source>
        <translation>ölü yok</translation>
    </message>
    <message>
        <source>1–9 deaths</source>
        <translation>1–9 ölü</translation>
    </message>
    <message>
        <source>10–99 deaths</source>
        <translation>10–99 ölü</translation>
    </message>
    <message>
        <source>100–999 deaths</source>
        <translation>100–999 ölü</translation>
    </message>
    <message>
        <source>1,000 deaths or more</source>
        <translation>1.000 ve üzeri ölü</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Goldstein scale</source>
        <translation>Goldstein ölçeği</translation>
    </message>
    <message>
        <source>CAMEO root</source>
        <translation>CAMEO kök kodu</translation>
    </message>
    <message>
        <source>Deaths (UCDP)</source>
        <translation>Ölüler (UCDP)</translation>
    </message>
</context>
<context>
    <name>entente::Cameo</name>
    <message>
        <source>verbal cooperation</source>
        <translation>sözlü iş birliği</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>maddi iş birliği</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>sözlü çatışma</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>maddi çatışma</translation>
    </message>
</context>
<context>
    <name>entente::ChartQueries</name>
    <message>
        <source>(no kind)</source>
        <translation>(türsüz)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>entente::ChartsPanel</name>
    <message>
        <source>Stack by:</source>
        <translation>Yığınla:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Zaman içinde olaylar</translation>
    </message>
    <message>
        <source>Actor activity</source>
        <translation>Aktör etkinliği</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>İddia durumu</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Bu grafiği PNG, SVG ya da PDF olarak kaydet</translation>
    </message>
    <message>
        <source>Could not compute the chart: %1</source>
        <translation>Grafik hesaplanamadı: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafiği Dışa Aktar</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Yığınla</translation>
    </message>
    <message>
        <source>Chart drawing</source>
        <translation>Grafik çizimi</translation>
    </message>
    <message>
        <source>Could not compute the chart: the file cannot be read.</source>
        <translation>Grafik hesaplanamadı: dosya okunamıyor.</translation>
    </message>
</context>
<context>
    <name>entente::ClaimStatus</name>
    <message>
        <source>Confirmed</source>
        <translation>Doğrulandı</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Bildirildi</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>İddia edildi</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Tartışmalı</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Yalanlandı</translation>
    </message>
</context>
<context>
    <name>entente::Commands</name>
    <message>
        <source>Pin graph nodes</source>
        <translation>Ağ düğümlerini sabitle</translation>
    </message>
    <message>
        <source>Unpin graph node</source>
        <translation>Ağ düğümünün sabitlemesini kaldır</translation>
    </message>
    <message>
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>link</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <source>era</source>
        <translation>dönem</translation>
    </message>
    <message>
        <source>story</source>
        <translation>hikâye</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Aktörleri birleştir</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 ekle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 düzenle</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 sil</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 içe aktar</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Görünümü kaydet</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Görünümü sil</translation>
    </message>
    <message>
        <source>Edit Accounts</source>
        <translation>Anlatımları Düzenle</translation>
    </message>
</context>
<context>
    <name>entente::ConflictDialog</name>
    <message>
        <source>Someone else changed this since you read it.</source>
        <translation>Siz okuduktan sonra başka biri bunu değiştirdi.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Onların Sürümünü Yükle</translation>
    </message>
    <message>
        <source>Apply Mine Anyway</source>
        <translation>Yine de Benimkini Uygula</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>Düzenleme Kaydedilmedi</translation>
    </message>
    <message>
        <source>Reload shows their version; apply anyway replaces it with yours.</source>
        <translation>Yeniden yüklemek onların sürümünü gösterir; yine de uygulamak onu sizinkiyle değiştirir.</translation>
    </message>
</context>
<context>
    <name>entente::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
</context>
<context>
    <name>entente::CsvImporter</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the seconds &quot;%1&quot; were dropped (Entente keeps times to the minute)</source>
        <translation>&quot;%1&quot; saniyeleri atıldı (Entente saatleri dakika hassasiyetinde tutar)</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and import it again</source>
        <translation>metin UTF-8 değil (Windows-1252 ya da Latin-1 olabilir); dosyayı UTF-8 olarak kaydedip yeniden içe aktarın</translation>
    </message>
    <message>
        <source>The CSV parser could not start.</source>
        <translation>CSV ayrıştırıcı başlatılamadı.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>the CSV is malformed (%1)</source>
        <translation>CSV bozuk (%1)</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB, more than any timeline row needs; refused</source>
        <translation>kayıt %1 MB&apos;tan uzun, hiçbir zaman çizelgesi satırının gerektirmeyeceği kadar; reddedildi</translation>
    </message>
    <message>
        <source>the CSV ends inside a quoted field (a quote is not closed)</source>
        <translation>CSV tırnaklı bir alanın içinde bitiyor (bir tırnak kapatılmamış)</translation>
    </message>
    <message>
        <source>%1 has no header row: there is nothing to import.</source>
        <translation>%1 dosyasında başlık satırı yok: içe aktarılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>entente::CsvRows</name>
    <message>
        <source>The mapping %1=%2 names no column of Entente&apos;s: &quot;%2&quot; is not one of %3.</source>
        <translation>%1=%2 eşlemesi Entente&apos;in hiçbir sütununu belirtmiyor: &quot;%2&quot;, %3 arasında değil.</translation>
    </message>
    <message>
        <source>The mapping %1=%2 names a column %3 does not have; its columns are %4.</source>
        <translation>%1=%2 eşlemesi %3 dosyasında olmayan bir sütunu belirtiyor; sütunları: %4.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>satır 1</translation>
    </message>
    <message>
        <source>unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)</source>
        <translation>bilinmeyen sütun; sütunlar: %1 (diğerlerini --map FILE_COLUMN=%2 ile eşleyin)</translation>
    </message>
    <message>
        <source>Both columns %1 and %2 of %3 would fill %4; map one of them elsewhere or leave it out (FILE_COLUMN= with nothing after the =).</source>
        <translation>%3 dosyasının %1 ve %2 sütunlarının ikisi de %4 alanını dolduracak; birini başka bir alana eşleyin ya da dışarıda bırakın (= işaretinden sonra hiçbir şey olmadan FILE_COLUMN=).</translation>
    </message>
    <message>
        <source>the header lacks this column, which every row needs</source>
        <translation>başlıkta her satırın gerektirdiği bu sütun yok</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade (A to F, then 1 to 6: B2, B or 2)</source>
        <translation>&quot;%1&quot; bir kaynak derecesi değil (A–F, ardından 1–6: B2, B veya 2)</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1</source>
        <translation>
            <numerusform>satırda %n alan var ama başlıkta %1 var</numerusform>
        </translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>bir olayın başlığı olmalı</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied)</source>
        <translation>&quot;%1&quot; bir iddia durumu değil (confirmed, reported, alleged, disputed, denied)</translation>
    </message>
</context>
<context>
    <name>entente::DataFile</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is a zip archive cut short (its table of contents is missing or damaged); download it again.</source>
        <translation>%1 yarım kalmış bir zip arşivi (içindekiler tablosu eksik veya hasarlı); yeniden indirin.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip archive: %2.</source>
        <translation>%1 zip arşivi olarak okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1: %2 in it cannot be read: %3.</source>
        <translation>%1: içindeki %2 okunamıyor: %3.</translation>
    </message>
    <message>
        <source>%1 is a zip archive with no file in it: there is nothing to import.</source>
        <translation>%1 içinde hiç dosya olmayan bir zip arşivi: içe aktarılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilter</name>
    <message>
        <source>is not a condition; write key=value, e.g. root=04,05 or mentions&gt;=5</source>
        <translation>bir koşul değil; anahtar=değer yazın, ör. root=04,05 veya mentions&gt;=5</translation>
    </message>
    <message>
        <source>gives no value</source>
        <translation>bir değer vermiyor</translation>
    </message>
    <message>
        <source>uses &gt;=, which only mentions and deaths take</source>
        <translation>&gt;= kullanıyor; bunu yalnızca mentions ve deaths alır</translation>
    </message>
    <message>
        <source>names no CAMEO root code (01 to 20)</source>
        <translation>bir CAMEO kök kodu (01–20) belirtmiyor</translation>
    </message>
    <message>
        <source>names no CAMEO event code (two to four digits, e.g. 036)</source>
        <translation>bir CAMEO olay kodu (iki ila dört rakam, ör. 036) belirtmiyor</translation>
    </message>
    <message>
        <source>names no QuadClass (1 to 4)</source>
        <translation>bir QuadClass (1–4) belirtmiyor</translation>
    </message>
    <message>
        <source>names no condition Entente knows (root, code, quad, country, mentions, deaths, from, to)</source>
        <translation>Entente’in bildiği bir koşulu (root, code, quad, country, mentions, deaths, from, to) belirtmiyor</translation>
    </message>
    <message>
        <source>--where: the date range ends before it begins.</source>
        <translation>--where: tarih aralığı başlamadan bitiyor.</translation>
    </message>
    <message>
        <source>Conditions, separated by spaces, all of which must hold:
  root=04,05        CAMEO root codes (GDELT)
  code=036,0871     CAMEO event codes, or their beginnings (GDELT)
  quad=1,2          QuadClass: 1 verbal cooperation, 2 material cooperation,
                    3 verbal conflict, 4 material conflict (GDELT)
  country=RUS,UKR   either actor&apos;s country: CAMEO codes (GDELT), names (UCDP)
  mentions&gt;=5       at least that many mentions (GDELT)
  deaths&gt;=10        at least that many deaths, best estimate (UCDP)
  from=2024-01-01   on or after that day; to=2024-01-31, on or before it</source>
        <translation>Boşlukla ayrılmış, hepsi sağlanması gereken koşullar:
  root=04,05        CAMEO kök kodları (GDELT)
  code=036,0871     CAMEO olay kodları veya başlangıçları (GDELT)
  quad=1,2          QuadClass: 1 sözlü iş birliği, 2 maddi iş birliği,
                    3 sözlü çatışma, 4 maddi çatışma (GDELT)
  country=RUS,UKR   aktörlerden birinin ülkesi: CAMEO kodları (GDELT), adlar (UCDP)
  mentions&gt;=5       en az bu kadar anılma (GDELT)
  deaths&gt;=10        en az bu kadar ölüm, en iyi tahmin (UCDP)
  from=2024-01-01   o gün veya sonrası; to=2024-01-31, o gün veya öncesi</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilterPage</name>
    <message>
        <source>Keep only</source>
        <translation>Yalnızca şunları tut</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Arasında</translation>
    </message>
    <message>
        <source>&amp;Fold reports of one happening (same day, actors and event code) into one event</source>
        <translation>Tek bir olayın haberlerini (aynı gün, aktörler ve olay kodu) bir olayda &amp;birleştir</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Say</translation>
    </message>
    <message>
        <source>all; e.g. 03,04,05,08</source>
        <translation>tümü; ör. 03,04,05,08</translation>
    </message>
    <message>
        <source>CAMEO root codes</source>
        <translation>CAMEO kök kodları</translation>
    </message>
    <message>
        <source>all; e.g. RUS,UKR,TUR</source>
        <translation>tümü; ör. RUS,UKR,TUR</translation>
    </message>
    <message>
        <source>Actor countries</source>
        <translation>Aktör ülkeleri</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>En az</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bitiş</translation>
    </message>
    <message>
        <source>verbal cooperation</source>
        <translation>sözlü iş birliği</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>maddi iş birliği</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>sözlü çatışma</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>maddi çatışma</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ve</translation>
    </message>
    <message>
        <source>CAMEO &amp;root codes</source>
        <translation>CAMEO &amp;kök kodları</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Actor c&amp;ountries</source>
        <translation>Aktör ü&amp;lkeleri</translation>
    </message>
    <message>
        <source>At least this many &amp;mentions</source>
        <translation>En az bu kadar &amp;anılma</translation>
    </message>
    <message>
        <source>At least this many &amp;deaths</source>
        <translation>En az bu kadar ö&amp;lüm</translation>
    </message>
    <message>
        <source>all; e.g. Ukraine,Syria</source>
        <translation>tümü; ör. Ukraine,Syria</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) would be imported; %1.</source>
        <translation>
            <numerusform>%n olay içe aktarılacak; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n satır dışarıda bırakıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DetailsFormatter</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, ardından %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>Bunu kim söylüyor</translation>
    </message>
    <message>
        <source>No source is recorded for this event.</source>
        <translation>Bu olay için kayıtlı kaynak yok.</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Bağlantılı olaylar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Unvanlar</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Diğer adları</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>yazan: %1</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>İddia durumu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Katılanlar</translation>
    </message>
    <message>
        <source>as the event</source>
        <translation>olaydaki gibi</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
</context>
<context>
    <name>entente::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Select an event in the table or the timeline to see who was in it and who says so.</source>
        <translation>Kimlerin yer aldığını ve bunu kimin söylediğini görmek için tablodan ya da zaman çizelgesinden bir olay seçin.</translation>
    </message>
</context>
<context>
    <name>entente::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Adsız</translation>
    </message>
    <message>
        <source>%1 is open read-only: it cannot be changed.</source>
        <translation>%1 salt okunur açık: değiştirilemez.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Bu olay artık yok.</translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation>Bu aktör artık yok.</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Bu kaynak artık yok.</translation>
    </message>
    <message>
        <source>The era no longer exists.</source>
        <translation>Bu dönem artık yok.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Bu hikâye artık yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n dosya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <source>New &amp;Event…</source>
        <translation>Yeni &amp;Olay…</translation>
    </message>
    <message>
        <source>Edit Event…</source>
        <translation>Olayı Düzenle…</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Olayı Sil</translation>
    </message>
    <message>
        <source>&amp;Link Event To…</source>
        <translation>Olayı &amp;Bağla…</translation>
    </message>
    <message>
        <source>New &amp;Actor…</source>
        <translation>Yeni &amp;Aktör…</translation>
    </message>
    <message>
        <source>Edit Actor…</source>
        <translation>Aktörü Düzenle…</translation>
    </message>
    <message>
        <source>&amp;Merge Actors…</source>
        <translation>Aktörleri &amp;Birleştir…</translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation>Aktörü Sil</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>Yeni &amp;Kaynak…</translation>
    </message>
    <message>
        <source>Edit Source…</source>
        <translation>Kaynağı Düzenle…</translation>
    </message>
    <message>
        <source>New E&amp;ra…</source>
        <translation>Yeni &amp;Dönem…</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes part in %n event(s). Delete the actor and those roles? (Undo brings them back.)</source>
        <translation>
            <numerusform>%1, %n olayda yer alıyor. Aktör ve bu roller silinsin mi? (Geri al hepsini geri getirir.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Kaynağı Düzenle</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Kaynak:</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonImporter</name>
    <message>
        <source>this is not an Entente JSON file (&quot;format&quot; is not &quot;entente&quot;)</source>
        <translation>bu bir Entente JSON dosyası değil (&quot;format&quot; değeri &quot;entente&quot; değil)</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>bir aktörün adı olmalı</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>bir olayın başlığı olmalı</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status</source>
        <translation>&quot;%1&quot; bir iddia durumu değil</translation>
    </message>
    <message>
        <source>actor %1 is not in the file&apos;s actors</source>
        <translation>%1 aktörü dosyanın aktörleri arasında yok</translation>
    </message>
    <message>
        <source>source %1 is not in the file&apos;s sources</source>
        <translation>%1 kaynağı dosyanın kaynakları arasında yok</translation>
    </message>
    <message>
        <source>the link joins events that are not in the file</source>
        <translation>bağlantı, dosyada olmayan olayları birleştiriyor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link kind</source>
        <translation>&quot;%1&quot; bir bağlantı türü değil</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>dönem başlamadan bitiyor</translation>
    </message>
    <message>
        <source>event %1 is not in the file&apos;s events</source>
        <translation>%1 olayı dosyanın olayları arasında yok</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor or event of the file</source>
        <translation>&quot;%1&quot; dosyanın bir aktörü ya da olayı değil</translation>
    </message>
    <message>
        <source>the file has no format version; an Entente JSON file says which it is</source>
        <translation>dosyada biçim sürümü yok; bir Entente JSON dosyası hangi sürüm olduğunu belirtir</translation>
    </message>
    <message>
        <source>%1 is not a format version (they count from 1); the file is damaged or was not written by Entente</source>
        <translation>%1 bir biçim sürümü değil (sürümler 1&apos;den başlar); dosya hasarlı ya da Entente tarafından yazılmamış</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Entente reads (1 to %2); a newer Entente wrote it</source>
        <translation>%1 biçim sürümü, bu Entente&apos;in okuyabildiğinden yeni (1 ile %2 arası); onu daha yeni bir Entente yazmış</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor kind (person, state, organization); the actor was imported as a person</source>
        <translation>&quot;%1&quot; bir aktör türü değil (person, state, organization); aktör kişi olarak aktarıldı</translation>
    </message>
    <message>
        <source>the file has this key twice; a JSON object names each key once, so one of the two would be lost</source>
        <translation>dosyada bu anahtar iki kez var; bir JSON nesnesi her anahtarı bir kez içerir, bu yüzden ikisinden biri kaybolurdu</translation>
    </message>
    <message>
        <source>not a key of Entente JSON (format version %1); left out</source>
        <translation>bir Entente JSON anahtarı değil (biçim sürümü %1); dışarıda bırakıldı</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reliability grade (A to F)</source>
        <translation>&quot;%1&quot; bir güvenilirlik derecesi değil (A–F)</translation>
    </message>
    <message>
        <source>%1 is not a credibility grade (1 to 6)</source>
        <translation>%1 bir inandırıcılık derecesi değil (1–6)</translation>
    </message>
    <message>
        <source>an attribute has no name</source>
        <translation>bir özniteliğin adı yok</translation>
    </message>
    <message>
        <source>the attribute &quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; özniteliği metin değil</translation>
    </message>
    <message>
        <source>the account&apos;s end is before its start</source>
        <translation>anlatımın bitişi başlangıcından önce</translation>
    </message>
</context>
<context>
    <name>entente::EventDialog</name>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Olayı Düzenle</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Yeni Olay</translation>
    </message>
    <message>
        <source>2022, 2022-03, 2022-03-29 or 2022-03-29T14:30; ~ at the end if approximate</source>
        <translation>2022, 2022-03, 2022-03-29 ya da 2022-03-29T14:30; yaklaşıksa sonuna ~</translation>
    </message>
    <message>
        <source>empty for an instant</source>
        <translation>anlık bir olay için boş</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>virgülle ayrılmış</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Başla&amp;ngıç</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Bitiş</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tür</translation>
    </message>
    <message>
        <source>Claim stat&amp;us</source>
        <translation>İddia &amp;durumu</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Yer</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>&amp;Özet</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Etiketler</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Olayın bir başlığı olmalı.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Başlangıç tarihi &quot;%1&quot; bir tarih değil; 2022, 2022-03 ya da 2022-03-29 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Bitiş tarihi &quot;%1&quot; bir tarih değil; 2022, 2022-03 ya da 2022-03-29 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Bitiş (%1), başlangıçtan (%2) önce.</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Yeni Aktör</translation>
    </message>
    <message>
        <source>%1 is not in this file. Add it as a new actor?</source>
        <translation>%1 bu dosyada yok. Yeni bir aktör olarak eklensin mi?</translation>
    </message>
    <message>
        <source>%1 is not an actor of this file.</source>
        <translation>%1 bu dosyanın bir aktörü değil.</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>İnandırıcılık</translation>
    </message>
    <message>
        <source>&amp;New Source…</source>
        <translation>&amp;Yeni Kaynak…</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — olasılıkla doğru</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Yeni: %1</translation>
    </message>
    <message>
        <source>%1 is cited twice; keep one row for it.</source>
        <translation>%1 iki kez gösterilmiş; onun için tek bir satır bırakın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is already in this file, on the same day with at least two of the same actors. Add this event&apos;s sources to it instead of making a second event?</source>
        <translation>&quot;%1&quot; (%2) bu dosyada zaten var: aynı günde ve aynı aktörlerden en az ikisiyle. İkinci bir olay oluşturmak yerine bu olayın kaynakları ona eklensin mi?</translation>
    </message>
    <message>
        <source>Already in the File?</source>
        <translation>Dosyada Zaten Var mı?</translation>
    </message>
    <message>
        <source>Add Sources to It</source>
        <translation>Kaynakları Ona Ekle</translation>
    </message>
    <message>
        <source>Create New Event</source>
        <translation>Yeni Olay Oluştur</translation>
    </message>
    <message>
        <source>Add Sources to Event</source>
        <translation>Olaya Kaynak Ekle</translation>
    </message>
    <message>
        <source>Not added: choose where the sources go.</source>
        <translation>Eklenmedi: kaynakların nereye gideceğini seçin.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in the account of %2 is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>%2 anlatımındaki &quot;%1&quot; tarihi bir tarih değil; 2022, 2022-03 veya 2022-03-29 biçiminde yazın.</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; in the account of %2 needs a start before it.</source>
        <translation>%2 anlatımındaki &quot;%1&quot; bitişinden önce bir başlangıç gerekir.</translation>
    </message>
    <message>
        <source>%1, in the account of %2, is not an actor of this file.</source>
        <translation>%2 anlatımındaki %1, bu dosyanın bir aktörü değil.</translation>
    </message>
</context>
<context>
    <name>entente::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Derece</translation>
    </message>
</context>
<context>
    <name>entente::EventWriter</name>
    <message>
        <source>the id %1 is already taken by another event</source>
        <translation>%1 kimliği zaten başka bir olayda kullanılıyor</translation>
    </message>
</context>
<context>
    <name>entente::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Dışa aktarma iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>entente::ExtractDialog</name>
    <message>
        <source>&amp;Find Events</source>
        <translation>Olayları &amp;Bul</translation>
    </message>
    <message>
        <source>&amp;Add Accepted Events</source>
        <translation>Kabul Edilen Olayları &amp;Ekle</translation>
    </message>
    <message>
        <source>New Events from Article</source>
        <translation>Makaleden Yeni Olaylar</translation>
    </message>
    <message>
        <source>Paste a news report here, or open or drop a .txt, .md, .html or .eml file.</source>
        <translation>Bir haberi buraya yapıştırın ya da bir .txt, .md, .html veya .eml dosyası açın veya sürükleyip bırakın.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-AA-GG</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>İddia</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dosyada</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>Dosya &amp;Aç…</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Yayımlanma:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzenle</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;At</translation>
    </message>
    <message>
        <source>Open a News Report</source>
        <translation>Bir Haber Aç</translation>
    </message>
    <message>
        <source>News reports (*.txt *.md *.html *.htm *.eml)</source>
        <translation>Haberler (*.txt *.md *.html *.htm *.eml)</translation>
    </message>
    <message>
        <source>The publication date must be written YYYY-MM-DD.</source>
        <translation>Yayım tarihi YYYY-AA-GG biçiminde yazılmalıdır.</translation>
    </message>
    <message>
        <source>The article does not say when it was published: enter the date, then Find Events.</source>
        <translation>Makale ne zaman yayımlandığını söylemiyor: tarihi girin, sonra Olayları Bul’a basın.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) proposed</source>
        <translation>
            <numerusform>%n olay önerildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the file</source>
        <translation>
            <numerusform>, %n tanesi dosyada zaten var</numerusform>
        </translation>
    </message>
    <message>
        <source>* new to the file</source>
        <translation>* dosyada yeni</translation>
    </message>
    <message>
        <source>adds a source to “%1”</source>
        <translation>“%1” olayına kaynak ekler</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>yeni olay</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025-05-16, 2022-03 or 2025-05-23/2025-05-25.</source>
        <translation>“%1” bir tarih değil: 2025-05-16, 2022-03 veya 2025-05-23/2025-05-25 biçiminde yazın.</translation>
    </message>
    <message>
        <source>Select two or more proposals to merge.</source>
        <translation>Birleştirmek için iki veya daha fazla öneri seçin.</translation>
    </message>
    <message>
        <source>No proposal is checked.</source>
        <translation>Hiçbir öneri işaretlenmedi.</translation>
    </message>
    <message>
        <source>%1 is not a .txt, .md, .html or .eml file.</source>
        <translation>%1 bir .txt, .md, .html veya .eml dosyası değil.</translation>
    </message>
</context>
<context>
    <name>entente::Extractor</name>
    <message>
        <source>There are no reading rules for &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; için okuma kuralı yok.</translation>
    </message>
    <message>
        <source>The article&apos;s publication date is not known: give it (--published YYYY-MM-DD).</source>
        <translation>Makalenin yayım tarihi bilinmiyor: tarihi verin (--published YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>entente::FileHealth</name>
    <message>
        <source>Damaged file</source>
        <translation>Hasarlı dosya</translation>
    </message>
    <message>
        <source>Entente will not write to it. You can go on reading it read-only, or copy what can still be read into a new file.</source>
        <translation>Entente ona yazmayacak. Salt okunur okumaya devam edebilir ya da hâlâ okunabilenleri yeni bir dosyaya kopyalayabilirsiniz.</translation>
    </message>
    <message>
        <source>You can read what is left read-only, or copy what can still be read into a new file. The damaged file is left exactly as it is.</source>
        <translation>Kalanları salt okunur okuyabilir ya da hâlâ okunabilenleri yeni bir dosyaya kopyalayabilirsiniz. Hasarlı dosya olduğu gibi bırakılır.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Salt Okunur Aç</translation>
    </message>
    <message>
        <source>Recover into a &amp;New File…</source>
        <translation>&amp;Yeni Dosyaya Kurtar…</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-kurtarılmış</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Yeni Dosyaya Kurtar</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Entente dosyaları (*.entente)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Kurtar</translation>
    </message>
    <message>
        <source>Choose a new file: the damaged one is left as it is.</source>
        <translation>Yeni bir dosya seçin: hasarlı olan olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Copying what can be read from %1…</source>
        <translation>%1 dosyasından okunabilenler kopyalanıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1. Some could not be read and are missing.</source>
        <translation>
            <numerusform>%1 içine %n satır kurtarıldı. Bazıları okunamadı ve eksik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1; nothing was lost.</source>
        <translation>
            <numerusform>%1 içine %n satır kurtarıldı; hiçbir şey kaybolmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <source>The last import into %1 was interrupted. Taking it back out, so the file is as it was before it…</source>
        <translation>%1 içine yapılan son içe aktarma yarıda kesildi. Dosya önceki hâline dönsün diye geri alınıyor…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its interrupted import could not be taken back: %2.</source>
        <translation>%1 açılamıyor: yarıda kalan içe aktarımı geri alınamadı: %2.</translation>
    </message>
</context>
<context>
    <name>entente::FilterBar</name>
    <message>
        <source>Search titles, actors, places, quotes (Ctrl+F)</source>
        <translation>Başlık, aktör, yer, alıntı ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ara</translation>
    </message>
    <message>
        <source>from</source>
        <translation>başlangıç</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Başlangıç tarihi</translation>
    </message>
    <message>
        <source>A date as precise as you like: 2022, 2022-03 or 2022-03-29</source>
        <translation>İstediğiniz kesinlikte bir tarih: 2022, 2022-03 ya da 2022-03-29</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bitiş</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bitiş tarihi</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Aktörler</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Türler</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Görünümler</translation>
    </message>
    <message>
        <source>(none in this file)</source>
        <translation>(bu dosyada yok)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Bu filtreyi kaldır</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>%1 filtresini kaldır</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Metin: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Tarihler: %1 – %2</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Aktör: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tür: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiket: %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tümünü temizle</translation>
    </message>
    <message>
        <source>Save Current View…</source>
        <translation>Geçerli Görünümü Kaydet…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Görünümü Kaydet</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Görünümün adı:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Kayıtlı görünümler</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Görünümü Sil</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Derece</translation>
    </message>
</context>
<context>
    <name>entente::FormatNames</name>
    <message>
        <source>Entente JSON</source>
        <translation>Entente JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation>TimelineJS JSON</translation>
    </message>
    <message>
        <source>TimelineJS spreadsheet</source>
        <translation>TimelineJS tablosu</translation>
    </message>
    <message>
        <source>ACLED CSV</source>
        <translation>ACLED CSV</translation>
    </message>
    <message>
        <source>Timeline (thetimelineproj)</source>
        <translation>Timeline (thetimelineproj)</translation>
    </message>
    <message>
        <source>GEXF for Gephi</source>
        <translation>Gephi için GEXF</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>GDELT events</source>
        <translation>GDELT olayları</translation>
    </message>
    <message>
        <source>UCDP GED CSV</source>
        <translation>UCDP GED CSV</translation>
    </message>
</context>
<context>
    <name>entente::FuzzyDate</name>
    <message>
        <source>%1 BCE</source>
        <extracomment>A year before the common era, e.g. &quot;44 BCE&quot;</extracomment>
        <translation>MÖ %1</translation>
    </message>
    <message>
        <source>c. %1</source>
        <extracomment>An approximate date: &quot;c. April 2022&quot;</extracomment>
        <translation>yak. %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>second</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no %3 %2</source>
        <translation>&quot;%1&quot; bir tarih değil: %2 diye bir %3 yok</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2022, 2022-03, 2022-03-29 or 2022-03-29T14:30)</source>
        <translation>&quot;%1&quot; bir tarih değil (2022, 2022-03, 2022-03-29 ya da 2022-03-29T14:30 yazın)</translation>
    </message>
</context>
<context>
    <name>entente::GdeltLayout</name>
    <message>
        <source>column %1</source>
        <translation>sütun %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event number</source>
        <translation>&quot;%1&quot; bir olay numarası değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (GDELT writes 20240131)</source>
        <translation>&quot;%1&quot; bir gün değil (GDELT 20240131 biçiminde yazar)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CAMEO event code (two to four digits)</source>
        <translation>&quot;%1&quot; bir CAMEO olay kodu değil (iki ila dört rakam)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under no CAMEO root code (01 to 20)</source>
        <translation>&quot;%1&quot; hiçbir CAMEO kök kodunun (01–20) altında değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the root of the event code %2</source>
        <translation>&quot;%1&quot;, %2 olay kodunun kökü değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuadClass (1 to 4)</source>
        <translation>&quot;%1&quot; bir QuadClass değil (1–4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Goldstein score (-10 to 10)</source>
        <translation>&quot;%1&quot; bir Goldstein puanı değil (-10 ile 10 arası)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>&quot;%1&quot; bir sayı değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone (a number)</source>
        <translation>&quot;%1&quot; bir ton değil (bir sayı)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>&quot;%1&quot; bir enlem değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>&quot;%1&quot; bir boylam değil</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the %n field(s) %2 has (a short row)</source>
        <translation>
            <numerusform>satır, %2 biçiminin %n alanından %1 tanesinden sonra bitiyor (kısa satır)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where %1 has %2</source>
        <translation>
            <numerusform>satırda %n alan var, %1 biçiminde ise %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GdeltReader</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>olay %1</translation>
    </message>
    <message>
        <source>it holds no GDELT events: there is nothing to import</source>
        <translation>hiç GDELT olayı içermiyor: içe aktarılacak bir şey yok</translation>
    </message>
    <message>
        <source>the row is not UTF-8 text</source>
        <translation>satır UTF-8 metin değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the CAMEO codebook</source>
        <translation>&quot;%1&quot; CAMEO kod kitabında yok</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n tab-separated field(s); a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</source>
        <translation>
            <numerusform>satırda sekmeyle ayrılmış %n alan var; bir GDELT olay dosyasında 57 veya 58 (GDELT 1.0) ya da 61 (GDELT 2.0) alan bulunur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Grade</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>entente::GradeFilterMenu</name>
    <message>
        <source>Source reliability</source>
        <translation>Kaynak güvenilirliği</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Her kaynak</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>%1 or better: %2</source>
        <translation>%1 veya daha iyi: %2</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Bilginin inandırıcılığı</translation>
    </message>
    <message>
        <source>Any report</source>
        <translation>Her haber</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1: %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Derece</translation>
    </message>
    <message>
        <source>Grade (%1)</source>
        <translation>Derece (%1)</translation>
    </message>
</context>
<context>
    <name>entente::GraphCanvas</name>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Degree %1 · weighted %2 · betweenness %3 · community %4</source>
        <translation>Derece %1 · ağırlıklı %2 · arasındalık %3 · topluluk %4</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Sabitlendi</translation>
    </message>
</context>
<context>
    <name>entente::GraphExport</name>
    <message numerus="yes">
        <source>The %1 most connected actors are shown; %n more are not.</source>
        <translation>
            <numerusform>En çok bağlantısı olan %1 aktör gösteriliyor; %n aktör daha gösterilmiyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Ağı Dışa Aktar</translation>
    </message>
</context>
<context>
    <name>entente::GraphExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetrics</name>
    <message>
        <source>Degree</source>
        <translation>Derece</translation>
    </message>
    <message>
        <source>Weighted degree</source>
        <translation>Ağırlıklı derece</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Arasındalık</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Topluluk</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetricsModel</name>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Betweenness ≈</source>
        <translation>Arasındalık ≈</translation>
    </message>
    <message numerus="yes">
        <source>Approximate: with %n nodes, only paths of up to %1 steps are counted</source>
        <translation>
            <numerusform>Yaklaşık: %n düğümle yalnızca en çok %1 adımlık yollar sayılır</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphRenderer</name>
    <message>
        <source>No actors in this window</source>
        <translation>Bu zaman aralığında aktör yok</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s), </source>
        <translation>
            <numerusform>%n aktör, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message>
        <source>Size and colour: %1 · %2</source>
        <translation>Boyut ve renk: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n aktör</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; edge width: shared events</source>
        <translation>%1; kenar kalınlığı: ortak olaylar</translation>
    </message>
    <message>
        <source>Actor, sized by %1</source>
        <translation>Aktör, boyutu: %1</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Olay</translation>
    </message>
    <message>
        <source>Community: </source>
        <translation>Topluluk: </translation>
    </message>
    <message>
        <source>Colour: low</source>
        <translation>Renk: düşük</translation>
    </message>
    <message>
        <source>high</source>
        <translation>yüksek</translation>
    </message>
    <message>
        <source>Edge width: shared events (1 to %1)</source>
        <translation>Kenar kalınlığı: ortak olaylar (1 ile %1 arası)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (approximate: paths of up to %n step(s))</source>
        <translation>
            <numerusform>%1 (yaklaşık: en fazla %n adımlık yollar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message>
        <source>Actors and events</source>
        <translation>Aktörler ve olaylar</translation>
    </message>
    <message>
        <source>Actors only</source>
        <translation>Yalnızca aktörler</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Düğüm bul…</translation>
    </message>
    <message>
        <source>Focus steps: </source>
        <translation>Adım: </translation>
    </message>
    <message>
        <source>Double-click a node to show its neighbourhood this many steps out; Esc shows all</source>
        <translation>Bir düğümün bu kadar adımlık çevresini görmek için çift tıklayın; Esc hepsini gösterir</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Oynat</translation>
    </message>
    <message>
        <source>Show the network as it stood at this time</source>
        <translation>Ağı bu zamanda olduğu hâliyle göster</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Düğüm bul</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Düğümler</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Focus steps</source>
        <translation>Odak adımı</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Graph measures</source>
        <translation>Ağ ölçütleri</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Aktör ağı</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF, with a title, legend and credit</source>
        <translation>Ağı gösterildiği gibi başlık, açıklama ve kaynak satırıyla PNG, SVG ya da PDF olarak dışa aktar</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>Betweenness (approximate)</source>
        <translation>Arasındalık (yaklaşık)</translation>
    </message>
    <message>
        <source>Who brokers: how many shortest paths pass through a node</source>
        <translation>Kim aracılık ediyor: bir düğümden kaç en kısa yol geçiyor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <source>Show or hide the table of measures</source>
        <translation>Ölçütler tablosunu göster ya da gizle</translation>
    </message>
    <message numerus="yes">
        <source>With over %Ln node(s) %1 are counted</source>
        <translation>
            <numerusform>%Ln düğümden fazlasında %1 sayılır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only paths of up to %n step(s)</source>
        <translation>
            <numerusform>yalnızca en fazla %n adımlık yollar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln event(s) are in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</source>
        <translation>
            <numerusform>Görünümde %Ln olaydan fazlası var, tek tek çizilemeyecek kadar çok: ağ, aktörleri paylaştıkları olaylarla bağlı olarak gösteriyor. Olayları görmek için zaman çizelgesini veya filtreyi daraltın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::HighlightActorsDialog</name>
    <message>
        <source>Highlight Actors</source>
        <translation>Aktörleri Vurgula</translation>
    </message>
    <message>
        <source>%1 (in this event)</source>
        <translation>%1 (bu olayda)</translation>
    </message>
    <message>
        <source>The presentation shows these actors&apos; lanes at full colour:</source>
        <translation>Sunum bu aktörlerin şeritlerini tam renkte gösterir:</translation>
    </message>
</context>
<context>
    <name>entente::HistoryPanel</name>
    <message>
        <source>event</source>
        <translation>olay</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kaynak</translation>
    </message>
    <message>
        <source>era</source>
        <translation>dönem</translation>
    </message>
    <message>
        <source>story</source>
        <translation>hikâye</translation>
    </message>
    <message>
        <source>link</source>
        <translation>bağlantı</translation>
    </message>
    <message>
        <source>saved view</source>
        <translation>kayıtlı görünüm</translation>
    </message>
    <message>
        <source>graph layout</source>
        <translation>ağ yerleşimi</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>zaman çizelgesi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Değişen alanlar</translation>
    </message>
    <message>
        <source>added</source>
        <translation>eklenen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>düzenlenen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silinen</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarılan</translation>
    </message>
    <message>
        <source>Only a shared database keeps a history of who changed what: File ▸ Open Shared Database…</source>
        <translation>Kimin neyi değiştirdiğinin geçmişini yalnızca paylaşılan bir veritabanı tutar: Dosya ▸ Paylaşılan Veritabanını Aç…</translation>
    </message>
    <message>
        <source>Nobody has changed this timeline yet.</source>
        <translation>Bu zaman çizelgesini henüz kimse değiştirmedi.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Who changed what in the shared timeline</source>
        <translation>Paylaşılan zaman çizelgesinde kim neyi değiştirdi</translation>
    </message>
</context>
<context>
    <name>entente::IcsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), the first &quot;%1&quot;.</source>
        <translation>
            <numerusform>1. yıldan önce ya da 9999&apos;dan sonra tarihli %n olay dışarıda bırakıldı (iCalendar bu tür tarihleri yazamaz), ilki &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportDialog</name>
    <message>
        <source>Stop at the first bad row and import nothing</source>
        <translation>İlk hatalı satırda dur ve hiçbir şey aktarma</translation>
    </message>
    <message>
        <source>TimelineJS groups become tags, not actors</source>
        <translation>TimelineJS grupları aktör değil etiket olur</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sütunlar</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>%1 dosyasını %2 içine aktar</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>İçerikten tanı</translation>
    </message>
    <message>
        <source>Recognise from the content (%1)</source>
        <translation>İçerikten tanı (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(dışarıda bırak)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sütun %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>Which of Entente&apos;s fields each column of the file holds. Title and start are needed; a column left out is not imported.</source>
        <translation>Dosyanın her sütununun hangi Entente alanını tuttuğu. Başlık (title) ve başlangıç (start) gerekli; dışarıda bırakılan sütun aktarılmaz.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Biçim</translation>
    </message>
    <message>
        <source>Entente does not recognise this file&apos;s format; choose one.</source>
        <translation>Entente bu dosyanın biçimini tanımıyor; bir biçim seçin.</translation>
    </message>
    <message>
        <source>Two columns are read as %1; leave one out.</source>
        <translation>İki sütun %1 olarak okunuyor; birini dışarıda bırakın.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation>Her olayın başlığını tutan sütunu seçin.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s date (start).</source>
        <translation>Her olayın tarihini (start) tutan sütunu seçin.</translation>
    </message>
</context>
<context>
    <name>entente::ImportError</name>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>%1, %2, field &quot;%3&quot;: %4.</source>
        <translation>%1, %2, &quot;%3&quot; alanı: %4.</translation>
    </message>
</context>
<context>
    <name>entente::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;İçe Aktar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa Aktar…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>%1 içine aktar</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Biçim</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was added.</source>
        <translation>%1 içe aktarımı iptal edildi; hiçbir şey eklenmedi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Only the events the filter shows</source>
        <translation>Yalnızca filtrenin gösterdiği olaylar</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Farklı Dışa Aktar</translation>
    </message>
    <message>
        <source>Entente cannot write the format %1.</source>
        <translation>Entente %1 biçimini yazamaz.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 yazıldı.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>bu dosya</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Timelines and event lists (%1)</source>
        <translation>Zaman çizelgeleri ve olay listeleri (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tüm dosyalar (*)</translation>
    </message>
    <message numerus="yes">
        <source>This import is too large to undo (%n event(s)); Edit ▸ Undo starts after it.</source>
        <translation>
            <numerusform>Bu içe aktarma geri alınamayacak kadar büyük (%n olay); Düzen ▸ Geri Al ondan sonrasından başlar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln event(s); building their indexes for search…</source>
        <translation>
            <numerusform>%Ln olay kaydedildi; arama için dizinleri oluşturuluyor…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportSink</name>
    <message>
        <source>an actor&apos;s name is blank</source>
        <translation>bir aktörün adı boş</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>an event needs a text</source>
        <translation>bir olayın metni olmalıdır</translation>
    </message>
    <message>
        <source>the end %1 is before the start %2</source>
        <translation>bitiş %1, başlangıç %2 tarihinden önce</translation>
    </message>
</context>
<context>
    <name>entente::ImportSummary</name>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>  %1, field &quot;%2&quot;: %3
</source>
        <translation>  %1, &quot;%2&quot; alanı: %3
</translation>
    </message>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ... ve %1 tane daha
</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3, %4, %5, %6, %7.
</source>
        <translation>%1 içe aktarıldı (%2): %3, %4, %5, %6, %7.
</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n yeni aktör</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to existing actor(s)</source>
        <translation>
            <numerusform>%n mevcut aktörle eşleşti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n kaynak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n dönem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):
</source>
        <translation>
            <numerusform>%n satır atlandı:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n value(s):
</source>
        <translation>
            <numerusform>%n değer değiştirildi:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) by --where.
</source>
        <translation>
            <numerusform>--where nedeniyle %n satır dışarıda bırakıldı.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded %n report(s) into events of the same happening.
</source>
        <translation>
            <numerusform>%n haber aynı olayın olaylarında birleştirildi.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonDocument</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1, %2 MB; bir JSON dosyası için izin verilen 1024 MB&apos;tan büyük; bölün ya da CSV kullanın.</translation>
    </message>
    <message>
        <source>%1 is too large to parse in the memory available.</source>
        <translation>%1, kullanılabilir bellekte ayrıştırılamayacak kadar büyük.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-8 değil (Windows-1252 ya da Latin-1 olabilir); UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON bozuk (%1)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>bir liste bekleniyordu</translation>
    </message>
    <message>
        <source>expected text, found a list or an object</source>
        <translation>metin bekleniyordu, bir liste ya da nesne bulundu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; bir tam sayı değil</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>bir tam sayı bekleniyordu</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>bir sayı bekleniyordu</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the number %1 is too large (Entente reads numbers a double or a 64-bit integer holds)</source>
        <translation>%1 sayısı çok büyük (Entente, bir double ya da 64 bitlik bir tam sayının tutabildiği sayıları okur)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; bir sayı değil</translation>
    </message>
    <message>
        <source>%1 is not a coordinate between -%2 and %2</source>
        <translation>%1, -%2 ile %2 arasında bir koordinat değil</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1, %n düzeyden daha derin iç içe geçiyor ve hiçbir zaman çizelgesinin buna ihtiyacı yok; reddedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonStream</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1, %2 MB; bir JSON dosyası için izin verilen 1024 MB&apos;tan büyük; bölün ya da CSV kullanın.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>a value is longer than %1 MB, more than any timeline needs; refused</source>
        <translation>bir değer %1 MB&apos;tan uzun, hiçbir zaman çizelgesinin gerektirmeyeceği kadar; reddedildi</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 bekleniyordu</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>dosya bir dizenin içinde bitiyor</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>dosya bir değerin olması gereken yerde bitiyor</translation>
    </message>
    <message>
        <source>the file ends inside a list or an object</source>
        <translation>dosya bir liste ya da nesnenin içinde bitiyor</translation>
    </message>
    <message>
        <source>a bracket is closed by the wrong kind</source>
        <translation>bir parantez yanlış türde kapatılmış</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>tırnak içinde bir anahtar bekleniyordu</translation>
    </message>
    <message>
        <source>expected a comma or the end of the object</source>
        <translation>virgül ya da nesnenin sonu bekleniyordu</translation>
    </message>
    <message>
        <source>something follows the end of the object</source>
        <translation>nesnenin sonundan sonra bir şey var</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>bir liste bekleniyordu</translation>
    </message>
    <message>
        <source>expected a comma or the end of the list</source>
        <translation>virgül ya da listenin sonu bekleniyordu</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON bozuk (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 UTF-8 değil (Windows-1252 ya da Latin-1 olabilir); UTF-8 olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the file is a list; an Entente JSON file is one object</source>
        <translation>dosya bir liste; bir Entente JSON dosyası tek bir nesnedir</translation>
    </message>
    <message>
        <source>an Entente JSON file is one object, which begins with &quot;{&quot;</source>
        <translation>bir Entente JSON dosyası, &quot;{&quot; ile başlayan tek bir nesnedir</translation>
    </message>
    <message>
        <source>a record of %1 MB, more than the %2 MB any timeline needs; refused</source>
        <translation>%1 MB&apos;lık bir kayıt, hiçbir zaman çizelgesinin gerektirmediği %2 MB&apos;tan fazla; reddedildi</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1, %n düzeyden daha derin iç içe geçiyor ve hiçbir zaman çizelgesinin buna ihtiyacı yok; reddedildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LineReader</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the file cannot be read on (%1)</source>
        <translation>dosyanın devamı okunamıyor (%1)</translation>
    </message>
    <message>
        <source>the line is longer than 16 MB, more than any event row needs; refused</source>
        <translation>satır 16 MB’tan uzun, hiçbir olay satırının gerektirmeyeceği kadar; reddedildi</translation>
    </message>
</context>
<context>
    <name>entente::LinkKind</name>
    <message>
        <source>follows</source>
        <translation>ardından gelir</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>yanıt verir</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>neden olur</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No file is open&lt;/h2&gt;&lt;p&gt;Open an Entente file (Ctrl+O), start a new one (Ctrl+N) or open the sample from the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Açık dosya yok&lt;/h2&gt;&lt;p&gt;Bir Entente dosyası açın (Ctrl+O), yeni bir dosya başlatın (Ctrl+N) ya da Dosya menüsünden örneği açın.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Ağ</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Düzenleme geçmişi</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;açıldı&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geçmiş</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Yeni…</translation>
    </message>
    <message>
        <source>New Entente File</source>
        <translation>Yeni Entente Dosyası</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Entente dosyaları (*.entente)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open Entente File</source>
        <translation>Entente Dosyası Aç</translation>
    </message>
    <message>
        <source>Entente files (*.entente);;All files (*)</source>
        <translation>Entente dosyaları (*.entente);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son Kullanılanlar</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>&amp;Örneği Aç</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>&amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopyayı Farklı Kaydet</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Kapat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Hikâyeler</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Sun</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>Zaman Çizelgesini &amp;Sığdır</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Picture…</source>
        <translation>Zaman Çizelgesi &amp;Resmini Dışa Aktar…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Düzeni &amp;Sıfırla</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanım Kılavuzu</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Klavye Kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>Entente &amp;Hakkında</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it but not change it.</source>
        <translation>%1 salt okunur: okuyabilirsiniz ama değiştiremezsiniz.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 zaten var; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Choose another file than the open one.</source>
        <translation>Açık olandan başka bir dosya seçin.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Kopya yazılamadı: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>Welcome to Entente</source>
        <translation>Entente&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Entente&lt;/h3&gt;&lt;p&gt;This is the sample, &lt;i&gt;Istanbul talks, 2022–2025&lt;/i&gt;. Things to try:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click an event on the timeline: the Details panel says who took part and &lt;b&gt;who says so&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type &lt;i&gt;Johnson&lt;/i&gt;: every view narrows to his events.&lt;/li&gt;&lt;li&gt;Scroll over the timeline to zoom, drag to pan, press &lt;b&gt;F&lt;/b&gt; to fit it all.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;Graph&lt;/b&gt; and &lt;b&gt;Charts&lt;/b&gt; tabs; drag across the time chart.&lt;/li&gt;&lt;li&gt;Double-click a title in the table to edit it, then &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Help ▸ User Guide has the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente&apos;e hoş geldiniz&lt;/h3&gt;&lt;p&gt;Bu örnek: &lt;i&gt;İstanbul görüşmeleri, 2022–2025&lt;/i&gt;. Deneyebilecekleriniz:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Zaman çizelgesinde bir olaya tıklayın: Ayrıntılar paneli kimlerin yer aldığını ve &lt;b&gt;bunu kimin söylediğini&lt;/b&gt; gösterir.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&apos;ye basıp &lt;i&gt;Johnson&lt;/i&gt; yazın: tüm görünümler onun olaylarına daralır.&lt;/li&gt;&lt;li&gt;Yakınlaştırmak için zaman çizelgesi üzerinde kaydırın, kaydırmak için sürükleyin, hepsini sığdırmak için &lt;b&gt;F&lt;/b&gt;&apos;ye basın.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ağ&lt;/b&gt; ve &lt;b&gt;Grafikler&lt;/b&gt; sekmelerini açın; zaman grafiği boyunca sürükleyin.&lt;/li&gt;&lt;li&gt;Düzenlemek için tablodaki bir başlığa çift tıklayın, ardından &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Gerisi Yardım ▸ Kullanım Kılavuzu&apos;nda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[salt okunur]</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Klavye Kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kısayol</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Aramayı temizle</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Entente Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Browse, present and export diplomacy timelines: dated events, the actors in them and the sources that report them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, igraph and simdjson.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Diplomasi zaman çizelgelerine göz atın, sunun ve dışa aktarın: tarihli olaylar, bu olaylardaki aktörler ve onları bildiren kaynaklar.&lt;/p&gt;&lt;p&gt;Qt %2, SQLite, igraph ve simdjson ile oluşturuldu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entente User Guide</source>
        <translation>Entente Kullanım Kılavuzu</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Kullanım kılavuzu kurulu değil.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 bütünlük denetiminden geçemedi: %2</translation>
    </message>
    <message>
        <source>New Events from &amp;Article…</source>
        <translation>&amp;Makaleden Yeni Olaylar…</translation>
    </message>
    <message>
        <source>Open or create a file first: the events go into it.</source>
        <translation>Önce bir dosya açın veya oluşturun: olaylar ona eklenir.</translation>
    </message>
    <message>
        <source>Check &amp;Draft Events</source>
        <translation>&amp;Taslak Olayları Denetle</translation>
    </message>
    <message numerus="yes">
        <source>%n draft event(s) from articles to check.</source>
        <translation>
            <numerusform>Makalelerden denetlenecek %n taslak olay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%Ln olaydan %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 açılmadı.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Başka Bir Dosya Aç…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Örneği Aç</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>File Not Opened</source>
        <translation>Dosya Açılmadı</translation>
    </message>
    <message>
        <source>Open Shared &amp;Database…</source>
        <translation>Paylaşılan &amp;Veritabanını Aç…</translation>
    </message>
    <message>
        <source>&amp;Keep Time Window</source>
        <translation>Zaman Penceresini &amp;Koru</translation>
    </message>
    <message>
        <source>Keep the timeline where it is when the filter changes</source>
        <translation>Filtre değiştiğinde zaman çizelgesini olduğu yerde tut</translation>
    </message>
    <message>
        <source>Marks by &amp;Grade</source>
        <translation>&amp;Dereceye Göre İşaretler</translation>
    </message>
    <message>
        <source>Opening the shared timeline…</source>
        <translation>Paylaşılan zaman çizelgesi açılıyor…</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Sunucu %1 kullanıcısının parolasını istiyor.</translation>
    </message>
    <message>
        <source>You may only read this shared timeline.</source>
        <translation>Bu paylaşılan zaman çizelgesi için yalnızca okuma izniniz var.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 üzerinde %1</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>Değişiklik Geçmişi</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Paylaşılan: %1</translation>
    </message>
    <message>
        <source>connection lost, read-only</source>
        <translation>bağlantı koptu, salt okunur</translation>
    </message>
    <message>
        <source>read-only (viewer)</source>
        <translation>salt okunur (izleyici)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Your change replaced theirs.</source>
        <translation>Değişikliğiniz onlarınkinin yerini aldı.</translation>
    </message>
    <message>
        <source>fetching an import, read-only</source>
        <translation>içe aktarma alınıyor, salt okunur</translation>
    </message>
    <message>
        <source>Sorting the table; its rows stay as they are until then.</source>
        <translation>Tablo sıralanıyor; o zamana kadar satırları olduğu gibi kalır.</translation>
    </message>
</context>
<context>
    <name>entente::NewSourcePanel</name>
    <message>
        <source>New source</source>
        <translation>Yeni kaynak</translation>
    </message>
    <message>
        <source>the sentence that says so</source>
        <translation>bunu söyleyen cümle</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Alıntı</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>İ&amp;nandırıcılık</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Kaynak Ekle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>entente::OpenSharedDialog</name>
    <message>
        <source>Password:</source>
        <translation>Parola:</translation>
    </message>
    <message>
        <source>Open Shared Database</source>
        <translation>Paylaşılan Veritabanını Aç</translation>
    </message>
    <message>
        <source>A timeline a whole desk edits at once, kept on the newsroom&apos;s PostgreSQL server. Entente keeps no password: it reads yours from ~/.pgpass.</source>
        <translation>Tüm masanın aynı anda düzenlediği, haber merkezinin PostgreSQL sunucusunda tutulan bir zaman çizelgesi. Entente parola saklamaz: sizinkini ~/.pgpass dosyasından okur.</translation>
    </message>
    <message>
        <source>(choose a recent database)</source>
        <translation>(son kullanılan bir veritabanı seçin)</translation>
    </message>
    <message>
        <source>Use it when the server offers it (prefer)</source>
        <translation>Sunucu sunarsa kullan (prefer)</translation>
    </message>
    <message>
        <source>Always (require)</source>
        <translation>Her zaman (require)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Her zaman, sunucunun sertifikasını da denetle (verify-full)</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>Asla (disable)</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Son kullanılanlar:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Sunucu:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Bağlantı noktası:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Veritabanı:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Şifreleme (TLS):</translation>
    </message>
    <message>
        <source>The password is used for this connection only and is not saved; to skip this question, put it in ~/.pgpass.</source>
        <translation>Parola yalnızca bu bağlantı için kullanılır ve kaydedilmez; bu soruyu atlamak için onu ~/.pgpass dosyasına yazın.</translation>
    </message>
    <message>
        <source>Recent shared databases</source>
        <translation>Son kullanılan paylaşılan veritabanları</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Şifreleme (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
</context>
<context>
    <name>entente::PgConnection</name>
    <message>
        <source>cannot be read or written</source>
        <translation>okunamıyor ve yazılamıyor</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>yazılamıyor</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>okunamıyor</translation>
    </message>
</context>
<context>
    <name>entente::PgMirror</name>
    <message>
        <source>The shared timeline %1 gave no ids for new rows.</source>
        <translation>Paylaşılan zaman çizelgesi %1 yeni kayıtlar için kimlik vermedi.</translation>
    </message>
</context>
<context>
    <name>entente::PictureExportDialog</name>
    <message>
        <source>Show the legend</source>
        <translation>Açıklamayı göster</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Özel</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Genişlik</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Yükseklik</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Ölçek</translation>
    </message>
    <message>
        <source>One line on what the picture shows (optional)</source>
        <translation>Resmin ne gösterdiğine dair tek satır (isteğe bağlı)</translation>
    </message>
    <message>
        <source>What the reader should know: method, caveats (optional)</source>
        <translation>Okurun bilmesi gerekenler: yöntem, çekinceler (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Left empty: the sources of the events shown</source>
        <translation>Boş bırakılırsa: gösterilen olayların kaynakları</translation>
    </message>
    <message>
        <source>Graphic: your name (optional)</source>
        <translation>Grafik: adınız (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Dışa aktar</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Boyut:</translation>
    </message>
    <message>
        <source>Width, height, scale:</source>
        <translation>Genişlik, yükseklik, ölçek:</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Başlık:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Alt başlık:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notlar:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Kaynak satırı:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Hazırlayan:</translation>
    </message>
    <message>
        <source>File (.png, .svg, .pdf):</source>
        <translation>Dosya (.png, .svg, .pdf):</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG görüntüsü (*.png);;SVG çizimi (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>entente::PictureWriter</name>
    <message>
        <source>Cannot export to %1: the size %2×%3 (scale %4) is too small or too large.</source>
        <translation>%1 dosyasına aktarılamıyor: %2×%3 boyutu (ölçek %4) çok küçük ya da çok büyük.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .png, .svg or .pdf.</source>
        <translation>%1 dosyasına aktarılamıyor: ad .png, .svg ya da .pdf ile bitmeli.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>klasör salt okunur</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>böyle bir klasör yok</translation>
    </message>
    <message>
        <source>Cannot export to %1: not enough memory for %2×%3 pixels.</source>
        <translation>%1 dosyasına aktarılamıyor: %2×%3 piksel için bellek yetersiz.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>%1 yazılamıyor: disk dolu olabilir.</translation>
    </message>
</context>
<context>
    <name>entente::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Sunum</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Filtrelenmiş olaylar</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>%1 konumuna git</translation>
    </message>
</context>
<context>
    <name>entente::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Sunucu görünümü</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Adım yok</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Bu adım için not yok.)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sonraki: %1</translation>
    </message>
    <message>
        <source>Next: the end of the story.</source>
        <translation>Sonraki: hikâyenin sonu.</translation>
    </message>
</context>
<context>
    <name>entente::ProposalWriter</name>
    <message>
        <source>The file is open read-only.</source>
        <translation>Dosya salt okunur açık.</translation>
    </message>
    <message numerus="yes">
        <source>New events from %n article(s)</source>
        <translation>
            <numerusform>%n makaleden yeni olaylar</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Bilinmeyen yayın organı</translation>
    </message>
    <message>
        <source>%1 (as of %2, from &quot;%3&quot;)</source>
        <translation>%1 (%2 itibarıyla, &quot;%3&quot; kaynağından)</translation>
    </message>
</context>
<context>
    <name>entente::Publication</name>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more</source>
        <translation>
            <numerusform>Kaynaklar: %1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Kaynaklar: %1</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Slayt (1920 × 1080)</translation>
    </message>
    <message>
        <source>Social card (1200 × 675)</source>
        <translation>Sosyal medya kartı (1200 × 675)</translation>
    </message>
    <message>
        <source>Portrait post (1080 × 1350)</source>
        <translation>Dikey gönderi (1080 × 1350)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 yatay, 300 dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 dikey, 300 dpi</translation>
    </message>
</context>
<context>
    <name>entente::RangeSlider</name>
    <message>
        <source>Date range</source>
        <translation>Tarih aralığı</translation>
    </message>
</context>
<context>
    <name>entente::RecordForms</name>
    <message>
        <source>Edit Source</source>
        <translation>Kaynağı Düzenle</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Yeni Kaynak</translation>
    </message>
    <message>
        <source>Edit Era</source>
        <translation>Dönemi Düzenle</translation>
    </message>
    <message>
        <source>New Era</source>
        <translation>Yeni Dönem</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Başla&amp;ngıç</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Bitiş</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Renk</translation>
    </message>
    <message>
        <source>The era needs a name.</source>
        <translation>Dönemin bir adı olmalı.</translation>
    </message>
    <message>
        <source>Both dates are needed, as 2022, 2022-03 or 2022-03-29.</source>
        <translation>İki tarih de gerekli: 2022, 2022-03 ya da 2022-03-29 gibi.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Bitiş, başlangıçtan önce.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour.</source>
        <translation>&quot;%1&quot; bir renk değil.</translation>
    </message>
    <message>
        <source>Link Events</source>
        <translation>Olayları Bağla</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Bu olay</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;İlişki</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>&amp;Diğer olay</translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation>Diğer olayı seçin.</translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Aktörleri Birleştir</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Tut</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Bununla birleştir</translation>
    </message>
    <message>
        <source>The second actor&apos;s events, roles, aliases and titles move to the first; its name becomes an alias. One step to undo.</source>
        <translation>İkinci aktörün olayları, rolleri, diğer adları ve unvanları birinciye geçer; adı bir diğer ad olur. Tek adımda geri alınır.</translation>
    </message>
    <message>
        <source>Choose two actors.</source>
        <translation>İki aktör seçin.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>İki farklı aktör seçin.</translation>
    </message>
</context>
<context>
    <name>entente::SelectionAccessible</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>entente::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Sistemdeki gibi</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Export width</source>
        <translation>Dışa aktarma genişliği</translation>
    </message>
    <message>
        <source>Export height</source>
        <translation>Dışa aktarma yüksekliği</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Yazı boyutu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>A new language applies when Entente next starts.</source>
        <translation>Yeni dil, Entente bir sonraki açılışında uygulanır.</translation>
    </message>
    <message>
        <source>Default &amp;export size</source>
        <translation>Varsayılan &amp;dışa aktarma boyutu</translation>
    </message>
</context>
<context>
    <name>entente::SharedOpener</name>
    <message numerus="yes">
        <source>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln record(s)…</source>
        <translation>
            <numerusform>%1 bu bilgisayara kopyalanıyor (yalnızca burada ilk açılışta):
%2 / %Ln kayıt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the copy of %1 for search and browsing:
step %2 of %3…</source>
        <translation>%1 kopyası arama ve gezinme için hazırlanıyor:
adım %2 / %3…</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1…</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Open Shared Timeline</source>
        <translation>Paylaşılan Zaman Çizelgesini Aç</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Durduruluyor…</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılamıyor: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılması durduruldu.</translation>
    </message>
    <message>
        <source>Fetching the starting copy of %1 to this computer, the first time it is opened here:
%2 of %3 MB…</source>
        <translation>%1 başlangıç kopyası bu bilgisayara alınıyor (yalnızca burada ilk açılışta):
%2 / %3 MB…</translation>
    </message>
</context>
<context>
    <name>entente::SharedSession</name>
    <message>
        <source>What is on screen stays, read-only, until it is back.</source>
        <translation>Ekrandakiler, bağlantı geri gelene kadar salt okunur olarak kalır.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline is back.</source>
        <translation>Paylaşılan zaman çizelgesiyle bağlantı yeniden kuruldu.</translation>
    </message>
    <message>
        <source>%1 changed the shared timeline.</source>
        <translation>%1 paylaşılan zaman çizelgesini değiştirdi.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>%1 şunu ekledi: %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 şunu sildi: %2</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>%1 şunu düzenledi: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(ve %n tane daha)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %Ln event(s): fetching them; the timeline is read-only until they are in.</source>
        <translation>
            <numerusform>%1, %Ln olay içe aktardı: alınıyor; bitene dek zaman çizelgesi salt okunur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1’s import is in: %Ln event(s).</source>
        <translation>
            <numerusform>%1 tarafından içe aktarılanlar geldi: %Ln olay.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1’s import is in.</source>
        <translation>%1 tarafından içe aktarılanlar geldi.</translation>
    </message>
    <message>
        <source>An import by %1 is being fetched; the timeline is read-only until it is in.</source>
        <translation>%1 tarafından içe aktarılanlar alınıyor; bitene dek zaman çizelgesi salt okunur.</translation>
    </message>
</context>
<context>
    <name>entente::SharedTimeline</name>
    <message>
        <source>%1 was made by an older Entente; open it once in this Entente (which brings it up to date), then copy it.</source>
        <translation>%1 Entente&apos;in daha eski bir sürümüyle oluşturulmuş; önce bu Entente&apos;te bir kez açın (bu onu günceller), sonra kopyalayın.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Kopyalama iptal edildi; hiçbir şey kopyalanmadı.</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file.</source>
        <translation>%1 zaten var; yeni bir dosyaya kopyalayın.</translation>
    </message>
    <message>
        <source>The database %1 holds no Entente timeline.</source>
        <translation>%1 veritabanında Entente zaman çizelgesi yok.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Paylaşılan zaman çizelgesi %1 Entente&apos;in daha eski bir sürümüyle oluşturulmuş; sahibi onu “entente init” ile güncelleyebilir.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be written to.</source>
        <translation>%1 yazılamıyor: klasörüne yazılamıyor.</translation>
    </message>
    <message>
        <source>entente copy copies between a file and a database: one of the two must be a postgresql:// address and the other a file.</source>
        <translation>entente copy bir dosya ile bir veritabanı arasında kopyalar: ikisinden biri postgresql:// adresi, diğeri bir dosya olmalı.</translation>
    </message>
    <message>
        <source>%1 is a file, not a shared timeline: only a shared timeline has a starting copy to publish.</source>
        <translation>%1 bir dosya, paylaşılan bir zaman çizelgesi değil: yalnızca paylaşılan bir zaman çizelgesinin yayımlanacak başlangıç kopyası olur.</translation>
    </message>
    <message>
        <source>The starting copy of %1 cannot be made: %2.</source>
        <translation>%1 başlangıç kopyası oluşturulamıyor: %2.</translation>
    </message>
</context>
<context>
    <name>entente::SlideCard</name>
    <message>
        <source>  ·  %1</source>
        <translation>  ·  %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>entente::SourceFields</name>
    <message>
        <source>2022-03-29, 2022-03 or 2022</source>
        <translation>2022-03-29, 2022-03 veya 2022</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Yayın organı</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Başlık</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Ya&amp;zar</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>Ya&amp;yım tarihi</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>Bağ&amp;lantı</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Güvenilirlik</translation>
    </message>
    <message>
        <source>A source needs an outlet or a headline.</source>
        <translation>Bir kaynağın yayın organı veya başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation>Bağlantı http:// veya https:// ile başlamalıdır.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>&quot;%1&quot; bir tarih değil.</translation>
    </message>
    <message>
        <source>– not graded</source>
        <translation>– derecelendirilmemiş</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>entente::StatusChart</name>
    <message>
        <source>Events</source>
        <translation>Olaylar</translation>
    </message>
    <message numerus="yes">
        <source>Claim status of %n event(s)</source>
        <translation>
            <numerusform>%n olayın iddia durumu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Store</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>%2 kimlikli bir %1 yok.</translation>
    </message>
    <message>
        <source>An event needs a valid start date.</source>
        <translation>Bir olayın geçerli bir başlangıç tarihi olmalı.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>%1 adlı bir aktör zaten var.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Bir aktör kendisiyle birleştirilemez.</translation>
    </message>
    <message>
        <source>An era needs a start and an end after it.</source>
        <translation>Bir dönemin başlangıcı ve ondan sonra gelen bir bitişi olmalı.</translation>
    </message>
    <message>
        <source>There is already an event with the id %1.</source>
        <translation>%1 kimlikli bir olay zaten var.</translation>
    </message>
    <message>
        <source>A file in memory has no second connection.</source>
        <translation>Bellekteki bir dosyanın ikinci bağlantısı olmaz.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: its folder %2 cannot be written to, and Entente keeps two files beside an open file (-wal, -shm). Move it to a folder you can write to.</source>
        <translation>%1 burada yazılamaz: %2 klasörüne yazılamıyor ve Entente açık bir dosyanın yanında iki dosya daha tutar (-wal, -shm). Dosyayı yazabildiğiniz bir klasöre taşıyın.</translation>
    </message>
    <message>
        <source>%1 is read-only: Entente cannot write to it.</source>
        <translation>%1 salt okunur: Entente ona yazamaz.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 mevcut değil.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>%1 oluşturulamıyor: %2 klasörü yok.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder %2 cannot be written to.</source>
        <translation>%1 oluşturulamıyor: %2 klasörüne yazılamıyor.</translation>
    </message>
    <message>
        <source>%1 is being created by another Entente window or import; try again when it has finished.</source>
        <translation>%1 başka bir Entente penceresi ya da içe aktarma tarafından oluşturuluyor; o bitince yeniden deneyin.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is read-only and in an older file format that needs upgrading first.</source>
        <translation>%1 salt okunur ve önce yükseltilmesi gereken eski bir dosya biçiminde.</translation>
    </message>
    <message>
        <source>%1 opened read-only: its folder %2 cannot be written to, and Entente keeps two files beside a file it changes (-wal, -shm).</source>
        <translation>%1 salt okunur açıldı: %2 klasörüne yazılamıyor ve Entente değiştirdiği bir dosyanın yanında iki dosya daha tutar (-wal, -shm).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 açılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window.</source>
        <translation>%1 başka bir Entente penceresinde açık.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window: opened read-only.</source>
        <translation>%1 başka bir Entente penceresinde açık: salt okunur açıldı.</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Paylaşılan zaman çizelgesi %1 için yalnızca okuma izniniz var.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 salt okunur açık.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>%1 değiştirilemiyor: %2.</translation>
    </message>
    <message>
        <source>%1: the change could not be saved: %2.</source>
        <translation>%1: değişiklik kaydedilemedi: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder %2 cannot be written to.</source>
        <translation>%1 yazılamıyor: %2 klasörüne yazılamıyor.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2.</source>
        <translation>%1 üzerine yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: opened read-only; some events may be missing or fail to show.</source>
        <translation>%1 hasarlı: salt okunur açıldı; bazı olaylar eksik olabilir ya da gösterilemeyebilir.</translation>
    </message>
    <message>
        <source>%1 is too damaged to read: %2.</source>
        <translation>%1 okunamayacak kadar hasarlı: %2.</translation>
    </message>
    <message>
        <source>%1 exists already; recover into a new file.</source>
        <translation>%1 zaten var; yeni bir dosyaya kurtarın.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2.</source>
        <translation>%1 hiç okunamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 was made by another program while recovering; recover into a new file.</source>
        <translation>%1 kurtarma sırasında başka bir program tarafından oluşturuldu; yeni bir dosyaya kurtarın.</translation>
    </message>
    <message>
        <source>Recovering %1 was cancelled; nothing was written.</source>
        <translation>%1 kurtarma işlemi iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Recovering %1 failed: %2.</source>
        <translation>%1 kurtarılamadı: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <source>the file is damaged: part of it cannot be read</source>
        <translation>dosya hasarlı: bir kısmı okunamıyor</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written to</source>
        <translation>dosyaya ya da klasörüne yazılamıyor</translation>
    </message>
    <message>
        <source>the file, or the files Entente keeps beside it while it is open (-wal, -shm), cannot be opened; check that its folder exists and can be written to</source>
        <translation>dosya ya da Entente&apos;in dosya açıkken yanında tuttuğu dosyalar (-wal, -shm) açılamıyor; klasörünün var olduğunu ve yazılabilir olduğunu denetleyin</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>izin reddedildi</translation>
    </message>
    <message>
        <source>another program is writing to the file</source>
        <translation>başka bir program dosyaya yazıyor</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>disk bir okuma ya da yazma hatası bildirdi</translation>
    </message>
    <message>
        <source>there was not enough memory</source>
        <translation>bellek yetmedi</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>işlem yarıda kesildi</translation>
    </message>
    <message>
        <source>a value is too large to store</source>
        <translation>bir değer saklanamayacak kadar büyük</translation>
    </message>
    <message>
        <source>a record conflicts with one the file holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>bir kayıt dosyadaki bir kayıtla çakışıyor (aynı kimlik ya da ad iki kez veya var olmayan bir kayda bağlantı)</translation>
    </message>
    <message>
        <source>another program holds the file in a way Entente cannot share</source>
        <translation>başka bir program dosyayı Entente&apos;in paylaşamayacağı biçimde tutuyor</translation>
    </message>
    <message>
        <source>the file&apos;s tables are not as Entente made them (database error %1)</source>
        <translation>dosyanın tabloları Entente&apos;in oluşturduğu gibi değil (veritabanı hatası %1)</translation>
    </message>
</context>
<context>
    <name>entente::Stories</name>
    <message numerus="yes">
        <source>The first %1 of %n filtered event(s)</source>
        <translation>
            <numerusform>Süzülen %n olaydan ilk %1 olay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::StoryHandout</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 yazılamıyor.</translation>
    </message>
    <message>
        <source>This story has no steps.</source>
        <translation>Bu hikâyenin adımı yok.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 tamamen yazılamadı.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 bir hikâye el notu biçimi değil; şunlardan birini kullanın: %2.</translation>
    </message>
</context>
<context>
    <name>entente::StoryPanel</name>
    <message>
        <source>Stories</source>
        <translation>Hikâyeler</translation>
    </message>
    <message>
        <source>The story to edit and present</source>
        <translation>Düzenlenecek ve sunulacak hikâye</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Create a story</source>
        <translation>Bir hikâye oluştur</translation>
    </message>
    <message>
        <source>From the Filtered Events</source>
        <translation>Filtrelenmiş Olaylardan</translation>
    </message>
    <message>
        <source>From the Selected Event</source>
        <translation>Seçili Olaydan</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Yeniden Adlandır…</translation>
    </message>
    <message>
        <source>Rename this story</source>
        <translation>Bu hikâyeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete this story (undoable)</source>
        <translation>Bu hikâyeyi sil (geri alınabilir)</translation>
    </message>
    <message>
        <source>Drag steps to reorder them</source>
        <translation>Sıralamak için adımları sürükleyin</translation>
    </message>
    <message>
        <source>Add Selected Event</source>
        <translation>Seçili Olayı Ekle</translation>
    </message>
    <message>
        <source>Add the selected event as the last step</source>
        <translation>Seçili olayı son adım olarak ekle</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Adımı Kaldır</translation>
    </message>
    <message>
        <source>Remove this step from the story</source>
        <translation>Bu adımı hikâyeden kaldır</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Present this story full screen (F5)</source>
        <translation>Bu hikâyeyi tam ekran sun (F5)</translation>
    </message>
    <message>
        <source>Note (what you will say):</source>
        <translation>Not (ne söyleyeceğiniz):</translation>
    </message>
    <message>
        <source>Select a step to write its note.</source>
        <translation>Notunu yazmak için bir adım seçin.</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Hikâyeyi Yeniden Adlandır</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Yeni hikâye</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Hikâye</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>What the presentation shows for this step</source>
        <translation>Sunumun bu adımda gösterdiği</translation>
    </message>
    <message>
        <source>Set Camera from Current View</source>
        <translation>Kamerayı Geçerli Görünümden Ayarla</translation>
    </message>
    <message>
        <source>This step shows the timeline&apos;s window now and highlights the actors in view</source>
        <translation>Bu adım zaman çizelgesinin şu anki aralığını gösterir ve görünen aktörleri vurgular</translation>
    </message>
    <message>
        <source>Highlight Actors…</source>
        <translation>Aktörleri Vurgula…</translation>
    </message>
    <message>
        <source>Frame the Event</source>
        <translation>Olayı Çerçevele</translation>
    </message>
    <message numerus="yes">
        <source>New story: the first %1 of %n event(s)</source>
        <translation>
            <numerusform>Yeni hikâye: %n olaydan ilk %1 olay</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::StorySlides</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>This story has no steps.</source>
        <translation>Bu hikâyenin adımı yok.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Filtrelenmiş olaylar</translation>
    </message>
    <message>
        <source>Notes · step %1 / %2</source>
        <translation>Notlar · adım %1 / %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Bu adım için not yok.)</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>SONRAKİ</translation>
    </message>
    <message>
        <source>The end of the story.</source>
        <translation>Hikâyenin sonu.</translation>
    </message>
    <message>
        <source>Says: %1</source>
        <translation>Aktardığı: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>entente::StoryStepsModel</name>
    <message>
        <source>(deleted event)</source>
        <translation>(silinmiş olay)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  [own camera]</source>
        <translation>  [kendi kamerası]</translation>
    </message>
</context>
<context>
    <name>entente::TimeBucket</name>
    <message>
        <source>%1 BCE</source>
        <translation>MÖ %1</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>day, month, year</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month, year</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <comment>quarter, year</comment>
        <translation>%2 Ç%1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first year, last year</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1&apos;ler</translation>
    </message>
    <message>
        <source>day</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>week</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>month</source>
        <translation>ay</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>çeyrek</translation>
    </message>
    <message>
        <source>year</source>
        <translation>yıl</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>on yıl</translation>
    </message>
</context>
<context>
    <name>entente::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>MÖ %1</translation>
    </message>
</context>
<context>
    <name>entente::TimelineBuildStatus</name>
    <message>
        <source>Indexing events…</source>
        <translation>Olaylar dizinleniyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop indexing; the timeline stays as it was</source>
        <translation>Dizinlemeyi durdur; zaman çizelgesi olduğu gibi kalır</translation>
    </message>
    <message>
        <source>Indexing cancelled: the timeline may be out of date.</source>
        <translation>Dizinleme iptal edildi: zaman çizelgesi güncel olmayabilir.</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Yeniden dizinle</translation>
    </message>
</context>
<context>
    <name>entente::TimelineExportDialog</name>
    <message>
        <source>The window in view</source>
        <translation>Görünen aralık</translation>
    </message>
    <message>
        <source>The whole span</source>
        <translation>Tüm süre</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Zaman Çizelgesini Dışa Aktar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
</context>
<context>
    <name>entente::TimelineImporter</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>the XML is malformed (%1)</source>
        <translation>XML bozuk (%1)</translation>
    </message>
    <message>
        <source>this is not a Timeline file (its root element is not &lt;timeline&gt;)</source>
        <translation>bu bir Timeline dosyası değil (kök öğesi &lt;timeline&gt; değil)</translation>
    </message>
    <message>
        <source>this Timeline file counts time as &quot;%1&quot;, not in calendar dates; Entente keeps calendar dates only</source>
        <translation>bu Timeline dosyası zamanı takvim tarihleriyle değil &quot;%1&quot; olarak sayıyor; Entente yalnızca takvim tarihlerini tutar</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsCsvImporter</name>
    <message>
        <source>line 1</source>
        <translation>satır 1</translation>
    </message>
    <message>
        <source>the header lacks this column of the TimelineJS template</source>
        <translation>başlıkta TimelineJS şablonunun bu sütunu yok</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>bir slaytın başlangıç yılı olmalı</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 tamamen yazılamadı: %2.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsImporter</name>
    <message>
        <source>an era needs an end date</source>
        <translation>bir dönemin bitiş tarihi olmalı</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>dönem başlamadan bitiyor</translation>
    </message>
    <message>
        <source>a TimelineJS file is an object with a list of events</source>
        <translation>bir TimelineJS dosyası, olay listesi içeren bir nesnedir</translation>
    </message>
    <message>
        <source>this is a cosmological TimelineJS timeline (dates in millions of years); Entente keeps calendar dates only</source>
        <translation>bu kozmolojik bir TimelineJS zaman çizelgesi (tarihler milyon yıl cinsinden); Entente yalnızca takvim tarihlerini tutar</translation>
    </message>
</context>
<context>
    <name>entente::TimelineLanes</name>
    <message>
        <source>No actor</source>
        <translation>Aktörsüz</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Türsüz</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tüm olaylar</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actor(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Görünen aralıkta daha az olayı olan %n aktör daha gösterilmiyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Görünen aralıkta daha az olayı olan %n tür daha gösterilmiyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Görünen aralıkta daha az olayı olan %n şerit daha gösterilmiyor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Durum: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Şeritler</translation>
    </message>
    <message>
        <source>One per actor</source>
        <translation>Aktör başına bir</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Türe göre</translation>
    </message>
    <message>
        <source>By claim status</source>
        <translation>İddia durumuna göre</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Tek şerit</translation>
    </message>
    <message>
        <source>Order lanes</source>
        <translation>Şerit sırası</translation>
    </message>
    <message>
        <source>By first appearance</source>
        <translation>İlk görünüşe göre</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Etkinliğe göre</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Ada göre</translation>
    </message>
    <message>
        <source>Expand all lanes</source>
        <translation>Tüm şeritleri genişlet</translation>
    </message>
    <message>
        <source>Fit all	F</source>
        <translation>Tümünü sığdır	F</translation>
    </message>
    <message>
        <source>Zoom to selection	Z</source>
        <translation>Seçime yakınlaştır	Z</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Koyu tema</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated no more precisely than this span</source>
        <translation>
            <numerusform>Bu aralıktan daha kesin tarihlenmemiş %n olay</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ve %1 tane daha</translation>
    </message>
    <message>
        <source>Click to pick one, double-click to zoom in</source>
        <translation>Birini seçmek için tıklayın, yakınlaştırmak için çift tıklayın</translation>
    </message>
    <message>
        <source>Click to pick one</source>
        <translation>Birini seçmek için tıklayın</translation>
    </message>
    <message>
        <source>and %1 more: double-click to zoom in</source>
        <translation>ve %1 tane daha: yakınlaştırmak için çift tıklayın</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) at %1</source>
        <translation>
            <numerusform>%1: %Ln olay</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 to %2</source>
        <translation>
            <numerusform>%1 ile %2 arası %Ln olay</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: %1 (%2)</source>
        <translation>Derece: %1 (%2)</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>iddia durumu</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarih</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>rakamlar</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>katılanlar</translation>
    </message>
    <message>
        <source>The sources&apos; accounts differ on: %1</source>
        <translation>Kaynakların anlatımları şu konularda farklı: %1</translation>
    </message>
</context>
<context>
    <name>entente::UcdpImporter</name>
    <message>
        <source>line %1</source>
        <translation>satır %1</translation>
    </message>
</context>
<context>
    <name>entente::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Komutlar:</translation>
    </message>
    <message>
        <source>Browse, present and export diplomacy timelines.

%1
Run `entente COMMAND --help` for a command&apos;s options.</source>
        <translation>Diplomasi zaman çizelgelerine göz atın, sunun ve dışa aktarın.

%1
Bir komutun seçenekleri için `entente COMMAND --help` çalıştırın.</translation>
    </message>
    <message>
        <source>An Entente file to open.</source>
        <translation>Açılacak bir Entente dosyası.</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it to PNG and quit.</source>
        <translation>Pencereyi aç, resmini PNG olarak kaydet ve çık.</translation>
    </message>
    <message>
        <source>Window size, WxH.</source>
        <translation>Pencere boyutu, GxY.</translation>
    </message>
    <message>
        <source>Start, open the file or sample, and quit.</source>
        <translation>Başla, dosyayı ya da örneği aç ve çık.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 yazılamıyor</translation>
    </message>
    <message>
        <source>unknown command %1; see entente --help</source>
        <translation>bilinmeyen komut %1; bkz. entente --help</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset to a new Entente file.</source>
        <translation>Paketteki örnek veri kümesini yeni bir Entente dosyasına yaz.</translation>
    </message>
    <message>
        <source>Print counts, date span and schema version of an Entente file.</source>
        <translation>Bir Entente dosyasının sayılarını, tarih aralığını ve şema sürümünü yazdır.</translation>
    </message>
    <message>
        <source>Import files (Entente JSON, CSV, TimelineJS, ACLED, Timeline) into an Entente file.</source>
        <translation>Dosyaları (Entente JSON, CSV, TimelineJS, ACLED, Timeline) bir Entente dosyasına aktar.</translation>
    </message>
    <message>
        <source>Export an Entente file or a filtered selection (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</source>
        <translation>Bir Entente dosyasını ya da filtrelenmiş bir seçimi dışa aktar (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</translation>
    </message>
    <message>
        <source>Draw a view (timeline, graph or a chart) of an Entente file to PNG, SVG or PDF.</source>
        <translation>Bir Entente dosyasının bir görünümünü (zaman çizelgesi, çizge ya da grafik) PNG, SVG ya da PDF olarak çiz.</translation>
    </message>
    <message>
        <source>Present a story (or every event) full screen, for teaching.</source>
        <translation>Bir hikâyeyi (ya da tüm olayları) ders için tam ekran sun.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Bu yardımı göster.</translation>
    </message>
    <message>
        <source>The Entente file to export from.</source>
        <translation>Dışa aktarılacak Entente dosyası.</translation>
    </message>
    <message>
        <source>The format to write: %1.</source>
        <translation>Yazılacak biçim: %1.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Yazılacak dosya.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or later.</source>
        <translation>Yalnızca bu tarihle örtüşen ya da daha sonraki olaylar.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or earlier.</source>
        <translation>Yalnızca bu tarihle örtüşen ya da daha önceki olaylar.</translation>
    </message>
    <message>
        <source>Only events with this actor (a name or an alias).</source>
        <translation>Yalnızca bu aktörün olayları (ad ya da diğer ad).</translation>
    </message>
    <message>
        <source>Only events of this kind.</source>
        <translation>Yalnızca bu türdeki olaylar.</translation>
    </message>
    <message>
        <source>Only events with this claim status.</source>
        <translation>Yalnızca bu iddia durumundaki olaylar.</translation>
    </message>
    <message>
        <source>Only events matching this text.</source>
        <translation>Yalnızca bu metinle eşleşen olaylar.</translation>
    </message>
    <message>
        <source>Export this story as a handout instead: --format pdf, pdf-list or timelinejs.</source>
        <translation>Bunun yerine bu hikâyeyi el notu olarak dışa aktar: --format pdf, pdf-list ya da timelinejs.</translation>
    </message>
    <message>
        <source>Export an Entente file, or the events a filter selects.</source>
        <translation>Bir Entente dosyasını ya da bir filtrenin seçtiği olayları dışa aktar.</translation>
    </message>
    <message>
        <source>export needs a file, a format and an output: entente export DB --format F -o OUT</source>
        <translation>export bir dosya, bir biçim ve bir çıktı ister: entente export DB --format F -o OUT</translation>
    </message>
    <message>
        <source>%1 is not an export format; use one of %2.</source>
        <translation>%1 bir dışa aktarma biçimi değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write 2022, 2022-03 or 2022-03-29).</source>
        <translation>--%1: &quot;%2&quot; bir tarih değil (2022, 2022-03 ya da 2022-03-29 yazın).</translation>
    </message>
    <message>
        <source>--actor: no actor is named or also known as &quot;%1&quot;.</source>
        <translation>--actor: adı ya da diğer adı &quot;%1&quot; olan bir aktör yok.</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied).</source>
        <translation>--status: &quot;%1&quot; bir iddia durumu değil (confirmed, reported, alleged, disputed, denied).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>İçe aktarılacak dosyalar.</translation>
    </message>
    <message>
        <source>The files&apos; format: %1 (guessed from the content when absent).</source>
        <translation>Dosyaların biçimi: %1 (verilmezse içerikten tahmin edilir).</translation>
    </message>
    <message>
        <source>Stop at the first bad row and import nothing.</source>
        <translation>İlk hatalı satırda dur ve hiçbir şey aktarma.</translation>
    </message>
    <message>
        <source>TimelineJS: make each slide&apos;s group a tag instead of an actor lane.</source>
        <translation>TimelineJS: her slaydın grubunu aktör şeridi yerine etiket yap.</translation>
    </message>
    <message>
        <source>CSV: read the file&apos;s column COLUMN as ours (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); repeatable.</source>
        <translation>CSV: dosyanın COLUMN sütununu bizimki olarak oku (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); yinelenebilir.</translation>
    </message>
    <message>
        <source>import needs files and a target: entente import FILE... --into DB [--format F] [--strict]</source>
        <translation>import dosyalar ve bir hedef ister: entente import FILE... --into DB [--format F] [--strict]</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 bir içe aktarma biçimi değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>--map takes FILE_COLUMN=OUR_COLUMN, not &quot;%1&quot;.</source>
        <translation>--map &quot;%1&quot; değil, FILE_COLUMN=OUR_COLUMN alır.</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>içe aktarılıyor... %%1</translation>
    </message>
    <message>
        <source>An Entente file.</source>
        <translation>Bir Entente dosyası.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Tek bir JSON nesnesi yazdır.</translation>
    </message>
    <message>
        <source>Describe an Entente file.</source>
        <translation>Bir Entente dosyasını tanımla.</translation>
    </message>
    <message>
        <source>info needs one file: entente info FILE [--json]</source>
        <translation>info tek bir dosya ister: entente info FILE [--json]</translation>
    </message>
    <message>
        <source>The Entente file to present from.</source>
        <translation>Sunulacak Entente dosyası.</translation>
    </message>
    <message>
        <source>The story to present; without it, every event in date order.</source>
        <translation>Sunulacak hikâye; verilmezse tüm olaylar tarih sırasıyla.</translation>
    </message>
    <message>
        <source>The screen to present on, counted from 0 (the primary by default).</source>
        <translation>Sunumun yapılacağı ekran, 0&apos;dan sayılarak (varsayılan: birincil).</translation>
    </message>
    <message>
        <source>Use the high-contrast theme.</source>
        <translation>Yüksek karşıtlıklı temayı kullan.</translation>
    </message>
    <message>
        <source>Scale the type, 0.6 to 2 (1 by default).</source>
        <translation>Yazı ölçeği, 0.6 ile 2 arası (varsayılan 1).</translation>
    </message>
    <message>
        <source>Draw one step to PNG instead of presenting, and quit.</source>
        <translation>Sunmak yerine tek bir adımı PNG olarak çiz ve çık.</translation>
    </message>
    <message>
        <source>With --screenshot: the step to draw, from 1.</source>
        <translation>--screenshot ile: çizilecek adım, 1&apos;den başlayarak.</translation>
    </message>
    <message>
        <source>With --screenshot: WxH (1920x1080 by default).</source>
        <translation>--screenshot ile: GxY (varsayılan 1920x1080).</translation>
    </message>
    <message>
        <source>Present a story full screen.</source>
        <translation>Bir hikâyeyi tam ekran sun.</translation>
    </message>
    <message>
        <source>present needs one file: entente present DB [--story NAME]</source>
        <translation>present tek bir dosya ister: entente present DB [--story NAME]</translation>
    </message>
    <message>
        <source>--story: no story is named &quot;%1&quot;.</source>
        <translation>--story: &quot;%1&quot; adlı bir hikâye yok.</translation>
    </message>
    <message>
        <source>--font-scale: give a number from 0.6 to 2.</source>
        <translation>--font-scale: 0.6 ile 2 arasında bir sayı verin.</translation>
    </message>
    <message>
        <source>There is nothing to present: the story has no steps.</source>
        <translation>Sunulacak bir şey yok: hikâyenin adımı yok.</translation>
    </message>
    <message>
        <source>Bad --size %1: write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>Hatalı --size %1: GENİŞLİKxYÜKSEKLİK yazın, örn. 1920x1080.</translation>
    </message>
    <message>
        <source>--step: give a number from 1 to %1.</source>
        <translation>--step: 1 ile %1 arasında bir sayı verin.</translation>
    </message>
    <message>
        <source>present needs a display; use --screenshot to draw a step without one.</source>
        <translation>present bir ekran ister; ekransız bir adım çizmek için --screenshot kullanın.</translation>
    </message>
    <message>
        <source>--screen: give a number from 0 to %1.</source>
        <translation>--screen: 0 ile %1 arasında bir sayı verin.</translation>
    </message>
    <message>
        <source>Unknown lane mode %1: use actors, kind, status or single.</source>
        <translation>Bilinmeyen şerit kipi %1: actors, kind, status ya da single kullanın.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to, --from&apos;dan sonra olmalı.</translation>
    </message>
    <message>
        <source>Unknown graph mode %1: use actors or bipartite.</source>
        <translation>Bilinmeyen ağ kipi %1: actors ya da bipartite kullanın.</translation>
    </message>
    <message>
        <source>Unknown graph metric %1: use degree, weighted, betweenness or community.</source>
        <translation>Bilinmeyen ağ ölçütü %1: degree, weighted, betweenness ya da community kullanın.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Yazılacak dosya: .png, .svg ya da .pdf.</translation>
    </message>
    <message>
        <source>Draw a view of an Entente file to PNG, SVG or PDF.</source>
        <translation>Bir Entente dosyasının bir görünümünü PNG, SVG ya da PDF olarak çiz.</translation>
    </message>
    <message>
        <source>render needs one file: entente render FILE --view timeline -o OUT.png</source>
        <translation>render tek bir dosya ister: entente render FILE --view timeline -o OUT.png</translation>
    </message>
    <message>
        <source>render needs an output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render bir çıktı dosyası ister: -o OUT.png, OUT.svg ya da OUT.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: the name must end in .png, .svg or .pdf.</source>
        <translation>%1 yazılamıyor: ad .png, .svg ya da .pdf ile bitmeli.</translation>
    </message>
    <message>
        <source>Bad --scale %1: give a number between 0 and 16.</source>
        <translation>Hatalı --scale %1: 0 ile 16 arasında bir sayı verin.</translation>
    </message>
    <message>
        <source>Unknown theme %1: use light or dark.</source>
        <translation>Bilinmeyen tema %1: light ya da dark kullanın.</translation>
    </message>
    <message>
        <source>Bad --%1 date %2: write 2022, 2022-03 or 2022-03-29.</source>
        <translation>Hatalı --%1 tarihi %2: 2022, 2022-03 ya da 2022-03-29 yazın.</translation>
    </message>
    <message>
        <source>No actor named %1 in %2.</source>
        <translation>%2 içinde %1 adlı aktör yok.</translation>
    </message>
    <message>
        <source>Unknown status %1: use confirmed, reported, alleged, disputed or denied.</source>
        <translation>Bilinmeyen durum %1: confirmed, reported, alleged, disputed ya da denied kullanın.</translation>
    </message>
    <message>
        <source>Unknown view %1: use %2.</source>
        <translation>Bilinmeyen görünüm %1: %2 kullanın.</translation>
    </message>
    <message>
        <source>The Entente file to write.</source>
        <translation>Yazılacak Entente dosyası.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT varsa değiştir.</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset.</source>
        <translation>Paketteki örnek veri kümesini yaz.</translation>
    </message>
    <message>
        <source>sample needs one output file: entente sample OUT.entente</source>
        <translation>sample tek bir çıktı dosyası ister: entente sample OUT.entente</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it.</source>
        <translation>%1 var; değiştirmek için --force kullanın.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 bir hikâye el notu biçimi değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>indexing... %1%</source>
        <translation>dizinleniyor... %1%</translation>
    </message>
    <message>
        <source>exporting... %1%</source>
        <translation>dışa aktarılıyor... %%1</translation>
    </message>
    <message>
        <source>--story: the handout&apos;s headline (default: the story&apos;s name).</source>
        <translation>--story: el notunun başlığı (varsayılan: hikâyenin adı).</translation>
    </message>
    <message>
        <source>--story: a description under the headline.</source>
        <translation>--story: başlığın altındaki açıklama.</translation>
    </message>
    <message>
        <source>--story: notes on every page.</source>
        <translation>--story: her sayfadaki notlar.</translation>
    </message>
    <message>
        <source>--story: the source line (default: the sources of the steps).</source>
        <translation>--story: kaynak satırı (varsayılan: adımların kaynakları).</translation>
    </message>
    <message>
        <source>--story: who made the handout, beside the date.</source>
        <translation>--story: el notunu hazırlayan, tarihin yanında.</translation>
    </message>
    <message>
        <source>--%1 is for story handouts (--story) only.</source>
        <translation>--%1 yalnızca hikâye el notları (--story) içindir.</translation>
    </message>
    <message>
        <source>The Entente file to import into (created if missing; it appears only once the import has succeeded).</source>
        <translation>İçine aktarılacak Entente dosyası (yoksa oluşturulur; yalnızca içe aktarma başarılı olunca ortaya çıkar).</translation>
    </message>
    <message>
        <source>--map names the column %1 twice; give each column one mapping.</source>
        <translation>--map %1 sütununu iki kez belirtiyor; her sütuna tek bir eşleme verin.</translation>
    </message>
    <message>
        <source>%1 was made by another program during the import; nothing was imported into it.</source>
        <translation>%1 içe aktarma sırasında başka bir program tarafından oluşturuldu; içine hiçbir şey aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 okunamıyor: %2.</translation>
    </message>
    <message>
        <source>A picture size: %1.</source>
        <translation>Bir resim boyutu: %1.</translation>
    </message>
    <message>
        <source>Width × height in pixels, e.g. 1920x1080 (the default).</source>
        <translation>Piksel cinsinden genişlik × yükseklik, örn. 1920x1080 (varsayılan).</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel (2 for a sharp high-DPI image).</source>
        <translation>Yerleşim pikseli başına PNG pikseli (keskin, yüksek DPI&apos;lı bir resim için 2).</translation>
    </message>
    <message>
        <source>light (the default) or dark.</source>
        <translation>light (varsayılan) ya da dark.</translation>
    </message>
    <message>
        <source>The headline above the picture.</source>
        <translation>Resmin üstündeki başlık.</translation>
    </message>
    <message>
        <source>A one-line description under the headline.</source>
        <translation>Başlığın altında tek satırlık bir açıklama.</translation>
    </message>
    <message>
        <source>Notes below the picture (method, caveats).</source>
        <translation>Resmin altındaki notlar (yöntem, çekinceler).</translation>
    </message>
    <message>
        <source>The source line below the picture (default: the publishers of the events shown).</source>
        <translation>Resmin altındaki kaynak satırı (varsayılan: gösterilen olayların yayıncıları).</translation>
    </message>
    <message>
        <source>Who made the picture, beside the date.</source>
        <translation>Resmi hazırlayan, tarihin yanında.</translation>
    </message>
    <message>
        <source>The date printed on the picture (default: today), as 2026-12-06.</source>
        <translation>Resmin üzerine basılan tarih (varsayılan: bugün), 2026-12-06 biçiminde.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Açıklamayı gösterme.</translation>
    </message>
    <message>
        <source>--preset sets the size and scale: give it without --size and --scale.</source>
        <translation>--preset boyutu ve ölçeği belirler: --size ve --scale olmadan verin.</translation>
    </message>
    <message>
        <source>Unknown --preset %1: use %2.</source>
        <translation>Bilinmeyen --preset %1: %2 kullanın.</translation>
    </message>
    <message>
        <source>Bad --date %1: write YYYY-MM-DD, e.g. 2026-12-06.</source>
        <translation>Hatalı --date %1: YYYY-AA-GG yazın, örn. 2026-12-06.</translation>
    </message>
    <message>
        <source>Show the teacher&apos;s notes and the next step under the slide (N while presenting).</source>
        <translation>Öğretmen notlarını ve sonraki adımı slaytın altında göster (sunum sırasında N).</translation>
    </message>
    <message>
        <source>--%1 is for the %2 view only.</source>
        <translation>--%1 yalnızca %2 görünümü içindir.</translation>
    </message>
    <message>
        <source>Propose the events a news report (.txt, .md, .html, .eml) tells.</source>
        <translation>Bir haberin (.txt, .md, .html, .eml) anlattığı olayları öner.</translation>
    </message>
    <message>
        <source>A news report: .txt, .md, .html or .eml.</source>
        <translation>Bir haber: .txt, .md, .html veya .eml.</translation>
    </message>
    <message>
        <source>The report&apos;s publication date, when the file does not give it.</source>
        <translation>Dosya belirtmiyorsa haberin yayım tarihi.</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Önerileri JSON olarak yazdır.</translation>
    </message>
    <message>
        <source>Write the proposals, unreviewed, into an Entente file as drafts.</source>
        <translation>Önerileri, incelenmeden, bir Entente dosyasına taslak olarak yaz.</translation>
    </message>
    <message>
        <source>Propose the events a news report tells.</source>
        <translation>Bir haberin anlattığı olayları öner.</translation>
    </message>
    <message>
        <source>extract needs one file: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</source>
        <translation>extract bir dosya ister: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</translation>
    </message>
    <message>
        <source>--published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--published, &quot;%1&quot; değil, YYYY-MM-DD biçiminde bir tarih ister.</translation>
    </message>
    <message>
        <source>%1 does not say when it was published: give the date with --published YYYY-MM-DD.</source>
        <translation>%1 ne zaman yayımlandığını söylemiyor: tarihi --published YYYY-MM-DD ile verin.</translation>
    </message>
    <message>
        <source>GDELT, UCDP: keep only the events that meet CONDITIONS (see below).</source>
        <translation>GDELT, UCDP: yalnızca KOŞULLARI (aşağıya bakın) karşılayan olayları tut.</translation>
    </message>
    <message>
        <source>GDELT: fold the reports of one happening (same day, actor pair and event code) into one event with their count and all their source URLs.</source>
        <translation>GDELT: tek bir olayın haberlerini (aynı gün, aktör çifti ve olay kodu) sayıları ve tüm kaynak URL’leriyle birlikte tek bir olayda birleştir.</translation>
    </message>
    <message>
        <source>Read and count what would be imported, and write nothing.</source>
        <translation>İçe aktarılacakları oku ve say, hiçbir şey yazma.</translation>
    </message>
    <message>
        <source>Import files into an Entente file. An import is all or nothing: every file is checked before anything is written, and if any file fails, or the import is stopped (Ctrl+C, a crash, a power cut), the Entente file is left as it was. Rows a file&apos;s format cannot hold are skipped and listed (with --strict, the first one stops the import); a file none of whose rows can be imported fails.

--where, for GDELT and UCDP files: </source>
        <translation>Dosyaları bir Entente dosyasına içe aktar. İçe aktarma ya hep ya hiçtir: herhangi bir şey yazılmadan önce her dosya denetlenir; bir dosya başarısız olursa ya da içe aktarma durdurulursa (Ctrl+C, çökme, elektrik kesintisi) Entente dosyası olduğu gibi bırakılır. Dosya biçiminin tutamadığı satırlar atlanır ve listelenir (--strict ile ilki içe aktarmayı durdurur); hiçbir satırı içe aktarılamayan dosya başarısız olur.

--where, GDELT ve UCDP dosyaları için: </translation>
    </message>
    <message>
        <source>
Example: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</source>
        <translation>
Örnek: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</translation>
    </message>
    <message>
        <source>Preview: nothing was written.
</source>
        <translation>Önizleme: hiçbir şey yazılmadı.
</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (postgresql://user@host/db), or bring it up to date.</source>
        <translation>Bir PostgreSQL veritabanında (postgresql://user@host/db) paylaşılan bir zaman çizelgesi oluştur ya da onu güncelle.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared database, either way.</source>
        <translation>Bütün bir zaman çizelgesini bir Entente dosyası ile paylaşılan bir veritabanı arasında, iki yönde de kopyala.</translation>
    </message>
    <message>
        <source>An Entente file, or a database URL (postgresql://…).</source>
        <translation>Bir Entente dosyası ya da bir veritabanı URL&apos;si (postgresql://…).</translation>
    </message>
    <message>
        <source>A database URL, or a new Entente file.</source>
        <translation>Bir veritabanı URL&apos;si ya da yeni bir Entente dosyası.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared timeline on PostgreSQL, either way.</source>
        <translation>Bütün bir zaman çizelgesini bir Entente dosyası ile PostgreSQL üzerindeki paylaşılan bir zaman çizelgesi arasında, iki yönde de kopyala.</translation>
    </message>
    <message>
        <source>copy needs a source and a destination: entente copy FILE postgresql://… (or the other way)</source>
        <translation>copy bir kaynak ve bir hedef ister: entente copy FILE postgresql://… (ya da tersi)</translation>
    </message>
    <message>
        <source>%1: %2, %3, %4.
</source>
        <translation>%1: %2, %3, %4.
</translation>
    </message>
    <message numerus="yes">
        <source>%n draft event(s) added (tagged &quot;draft&quot;)</source>
        <translation>
            <numerusform>%n taslak olay eklendi (&quot;draft&quot; etiketiyle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) given the report as a further source</source>
        <translation>
            <numerusform>%n olaya haber ek kaynak olarak eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n yeni aktör</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing... %n record(s)</source>
        <translation>
            <numerusform>içe aktarılıyor... %n kayıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n event(s) in %1 s; now building their indexes.</source>
        <translation>
            <numerusform>%n olay %1 sn içinde kaydedildi; şimdi dizinleri oluşturuluyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PostgreSQL database: postgresql://user@host:port/db</source>
        <translation>Bir PostgreSQL veritabanı: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (its tables, change log, search and the roles entente_viewer and entente_editor), or bring one up to date.</source>
        <translation>Bir PostgreSQL veritabanında paylaşılan bir zaman çizelgesi oluştur (tabloları, değişiklik günlüğü, arama ve entente_viewer ile entente_editor rolleri) ya da var olanı güncelle.</translation>
    </message>
    <message>
        <source>init needs one database: entente init postgresql://user@host/db</source>
        <translation>init bir veritabanı ister: entente init postgresql://user@host/db</translation>
    </message>
    <message>
        <source>%1 is ready for Entente.
</source>
        <translation>%1 Entente için hazır.
</translation>
    </message>
    <message>
        <source>Unknown stacking %1: use kind, actor, quadclass, goldstein, cameo or deaths.</source>
        <translation>Bilinmeyen gruplama %1: kind, actor, quadclass, goldstein, cameo veya deaths kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>copying... %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>kopyalanıyor... %1 (şimdiye kadar %n satır)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.
</source>
        <translation>
            <numerusform>%1 kaynağından %2 hedefine %n satır %3 sn içinde kopyalandı.
</numerusform>
        </translation>
    </message>
    <message>
        <source>copying the shared timeline to this computer... %1%</source>
        <translation>paylaşılan zaman çizelgesi bu bilgisayara kopyalanıyor... %%1</translation>
    </message>
    <message>
        <source>indexing its copy... step %1 of %2</source>
        <translation>kopya dizinleniyor... adım %1 / %2</translation>
    </message>
    <message>
        <source>Publish a shared timeline&apos;s starting copy, which computers opening it for the first time fetch (its owner only).</source>
        <translation>Paylaşılan bir zaman çizelgesinin, onu ilk kez açan bilgisayarların aldığı başlangıç kopyasını yayımla (yalnızca sahibi).</translation>
    </message>
    <message>
        <source>fetching the shared timeline&apos;s starting copy... %1%</source>
        <translation>paylaşılan zaman çizelgesinin başlangıç kopyası alınıyor... %%1</translation>
    </message>
    <message>
        <source>A shared timeline: postgresql://user@host:port/db</source>
        <translation>Paylaşılan bir zaman çizelgesi: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Publish the starting copy of a shared timeline (its owner only): a computer that opens the timeline for the first time then fetches one file instead of copying every table. Run it again after large imports, or every night.</source>
        <translation>Paylaşılan bir zaman çizelgesinin başlangıç kopyasını yayımla (yalnızca sahibi): zaman çizelgesini ilk kez açan bir bilgisayar her tabloyu kopyalamak yerine tek bir dosya alır. Büyük içe aktarmalardan sonra ya da her gece yeniden çalıştırın.</translation>
    </message>
    <message>
        <source>publish needs one shared timeline: entente publish postgresql://user@host/db</source>
        <translation>publish bir paylaşılan zaman çizelgesi ister: entente publish postgresql://user@host/db</translation>
    </message>
    <message>
        <source>publishing the starting copy... %1%</source>
        <translation>başlangıç kopyası yayımlanıyor... %%1</translation>
    </message>
    <message>
        <source>Published the starting copy of %1 (%2 MB) in %3 s.
</source>
        <translation>%1 başlangıç kopyası (%2 MB) %3 sn içinde yayımlandı.
</translation>
    </message>
    <message>
        <source>Publish its starting copy (entente publish %1) so that the first open on each computer fetches one file instead of every table.
</source>
        <translation>Başlangıç kopyasını yayımlayın (entente publish %1); böylece her bilgisayardaki ilk açılış tüm tablolar yerine tek bir dosya alır.
</translation>
    </message>
</context>
<context>
    <name>entente::cli::NewFile</name>
    <message>
        <source>%1 is being created by another import; try again when it has finished.</source>
        <translation>%1 başka bir içe aktarma tarafından oluşturuluyor; o bitince yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>entente::pg</name>
    <message>
        <source>the server did not accept the user name or password (libpq reads the password from ~/.pgpass or the file PGPASSFILE names)</source>
        <translation>sunucu kullanıcı adını veya parolayı kabul etmedi (libpq parolayı ~/.pgpass dosyasından ya da PGPASSFILE değişkeninin gösterdiği dosyadan okur)</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>sunucuda böyle bir veritabanı veya kullanıcı yok</translation>
    </message>
    <message>
        <source>the server cannot be reached; check the host name and port, and that the server is running</source>
        <translation>sunucuya ulaşılamıyor; ana bilgisayar adını ve bağlantı noktasını, ayrıca sunucunun çalıştığını denetleyin</translation>
    </message>
    <message>
        <source>the server&apos;s encryption (TLS) settings do not match the connection&apos;s sslmode</source>
        <translation>sunucunun şifreleme (TLS) ayarları bağlantının sslmode değeriyle uyuşmuyor</translation>
    </message>
    <message>
        <source>the address is not a valid postgresql:// address</source>
        <translation>adres geçerli bir postgresql:// adresi değil</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>bağlantı kurulamadı</translation>
    </message>
    <message>
        <source>The copy of the shared timeline cannot be kept in %1.</source>
        <translation>Paylaşılan zaman çizelgesinin kopyası %1 içinde tutulamıyor.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgConnection</name>
    <message>
        <source>“%1” is not a valid postgresql:// address.</source>
        <translation>“%1” geçerli bir postgresql:// adresi değil.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: there was not enough memory.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılamıyor: bellek yetmedi.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılamıyor: %2.</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>sunucuyla bağlantı koptu</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Paylaşılan zaman çizelgesi %1 için yalnızca okuma izniniz var.</translation>
    </message>
    <message>
        <source>The shared timeline %1 %2: %3.</source>
        <translation>Paylaşılan zaman çizelgesi %1 %2: %3.</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>sunucu yanıt vermedi</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>izin reddedildi</translation>
    </message>
    <message>
        <source>another person&apos;s change got in the way; try again</source>
        <translation>başka birinin değişikliği araya girdi; yeniden deneyin</translation>
    </message>
    <message>
        <source>a record conflicts with one the database holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>bir kayıt veritabanındaki bir kayıtla çakışıyor (aynı kimlik veya ad iki kez ya da olmayan bir kayda bağlantı)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>sunucunun diski dolu</translation>
    </message>
    <message>
        <source>the server is out of resources (memory or connections)</source>
        <translation>sunucunun kaynakları tükendi (bellek veya bağlantı)</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>işlem iptal edildi</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>sunucuda böyle bir veritabanı yok</translation>
    </message>
    <message>
        <source>its tables are not as Entente made them (database error %1)</source>
        <translation>tabloları Entente&apos;in oluşturduğu gibi değil (veritabanı hatası %1)</translation>
    </message>
    <message>
        <source>the server refused it (database error %1)</source>
        <translation>sunucu bunu reddetti (veritabanı hatası %1)</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>yazılamıyor</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgCopy</name>
    <message>
        <source>The shared timeline %1 already holds a timeline; copy into an empty one (made with entente init).</source>
        <translation>Paylaşılan zaman çizelgesi %1 zaten bir zaman çizelgesi içeriyor; boş bir tanesine kopyalayın (entente init ile oluşturulmuş).</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>dizinler</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgListener</name>
    <message>
        <source>The shared timeline cannot be reached.</source>
        <translation>Paylaşılan zaman çizelgesine ulaşılamıyor.</translation>
    </message>
    <message>
        <source>The shared timeline did not answer in time.</source>
        <translation>Paylaşılan zaman çizelgesi zamanında yanıt vermedi.</translation>
    </message>
    <message>
        <source>The shared timeline&apos;s changes cannot be followed.</source>
        <translation>Paylaşılan zaman çizelgesindeki değişiklikler izlenemiyor.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline was lost.</source>
        <translation>Paylaşılan zaman çizelgesiyle bağlantı koptu.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgMirror</name>
    <message>
        <source>The database %1 holds no Entente timeline yet; “entente init %2” makes one.</source>
        <translation>%1 veritabanında henüz bir Entente zaman çizelgesi yok; “entente init %2” bir tane oluşturur.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Paylaşılan zaman çizelgesi %1 Entente&apos;in daha eski bir sürümüyle oluşturulmuş; sahibi onu “entente init” ile güncelleyebilir.</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Paylaşılan zaman çizelgesi %1 için yalnızca okuma izniniz var.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be changed: there was not enough memory.</source>
        <translation>Paylaşılan zaman çizelgesi %1 değiştirilemiyor: bellek yetmedi.</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>Bir kayıt</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you read it.</source>
        <translation>%1, siz okuduktan sonra başka biri tarafından değiştirildi.</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3 since you read it.</source>
        <translation>%2, siz okuduktan sonra %1 tarafından silindi (%3).</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since you read it.</source>
        <translation>%2, siz okuduktan sonra %1 tarafından değiştirildi (%3).</translation>
    </message>
    <message>
        <source>Someone else added a tag, an actor or another record of the same name to the shared timeline %1 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Bu arada başka biri paylaşılan zaman çizelgesi %1 içine aynı adlı bir etiket, aktör ya da başka bir kayıt ekledi, bu yüzden hiçbir şey eklenmedi; onlarınkini kullanmak için yeniden deneyin.</translation>
    </message>
    <message>
        <source>Someone else added “%1” to the shared timeline %2 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Bu arada başka biri paylaşılan zaman çizelgesi %2 içine “%1” ekledi, bu yüzden hiçbir şey eklenmedi; onlarınkini kullanmak için yeniden deneyin.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılamıyor: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped; nothing of it was kept on this computer.</source>
        <translation>Paylaşılan zaman çizelgesi %1 açılması durduruldu; bu bilgisayarda ondan hiçbir şey tutulmadı.</translation>
    </message>
    <message>
        <source>The copy of the shared timeline %1 on this computer is open in another window; close it there to publish the starting copy.</source>
        <translation>Paylaşılan zaman çizelgesi %1 kopyası bu bilgisayarda başka bir pencerede açık; başlangıç kopyasını yayımlamak için onu orada kapatın.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Paylaşılan zaman çizelgesi %1 başlangıç kopyasını yalnızca sahibi yayımlayabilir.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSchema</name>
    <message>
        <source>The database %1 is not an Entente timeline: it holds tables of another program, and Entente leaves it as it is.</source>
        <translation>%1 veritabanı bir Entente zaman çizelgesi değil: başka bir programın tablolarını içeriyor ve Entente ona dokunmuyor.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by a newer version of Entente; update Entente to open it.</source>
        <translation>Paylaşılan zaman çizelgesi %1 Entente&apos;in daha yeni bir sürümüyle oluşturulmuş; açmak için Entente&apos;i güncelleyin.</translation>
    </message>
    <message>
        <source>The roles entente_viewer and entente_editor could not be made (this user may not create roles); ask the server&apos;s administrator to run entente init once.</source>
        <translation>entente_viewer ve entente_editor rolleri oluşturulamadı (bu kullanıcı rol oluşturamaz); sunucunun yöneticisinden bir kez entente init çalıştırmasını isteyin.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSnapshot</name>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be written to %2.</source>
        <translation>Paylaşılan zaman çizelgesi %1 başlangıç kopyası %2 konumuna yazılamıyor.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Paylaşılan zaman çizelgesi %1 başlangıç kopyasını yalnızca sahibi yayımlayabilir.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be read from %2.</source>
        <translation>Paylaşılan zaman çizelgesi %1 başlangıç kopyası %2 konumundan okunamıyor.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 is not whole.</source>
        <translation>Paylaşılan zaman çizelgesi %1 başlangıç kopyası eksik.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgTarget</name>
    <message>
        <source>“%1” on %2</source>
        <translation>%2 üzerinde “%1”</translation>
    </message>
</context>
<context>
    <name>entente::timelinepaint</name>
    <message>
        <source>no kind</source>
        <translation>türsüz</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 tane daha</translation>
    </message>
    <message>
        <source>Grade A–B</source>
        <translation>Derece A–B</translation>
    </message>
    <message>
        <source>C–D</source>
        <translation>C–D</translation>
    </message>
    <message>
        <source>E–F, ungraded</source>
        <translation>E–F, derecesiz</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>does not give a count (a whole number, 0 or more)</source>
        <translation>bir sayı vermiyor (0 veya daha büyük bir tam sayı)</translation>
    </message>
</context>
</TS>
