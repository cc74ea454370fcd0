<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>entente</name>
    <message>
        <source>confirmed by the sources below</source>
        <translation>підтверджено джерелами нижче</translation>
    </message>
    <message>
        <source>reported by the sources below, not independently confirmed</source>
        <translation>повідомлено джерелами нижче, незалежно не підтверджено</translation>
    </message>
    <message>
        <source>an allegation: claimed, not established</source>
        <translation>твердження: заявлено, не встановлено</translation>
    </message>
    <message>
        <source>disputed: sources disagree</source>
        <translation>оскаржується: джерела розходяться</translation>
    </message>
    <message>
        <source>denied by a party to it</source>
        <translation>спростовано однією зі сторін</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Слідує за</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>За ним слідує</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Відповідає на</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Відповідь на нього</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Спричиняє</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Спричинено</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ACLED interaction code (0 to 8)</source>
        <translation>«%1» не є кодом взаємодії ACLED (від 0 до 8)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coordinate between -%2 and %2</source>
        <translation>«%1» не є координатою між -%2 і %2</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>потрібна дата</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» не є датою</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 порожній: немає чого імпортувати.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 — текст у UTF-16; збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 схожий на текст у UTF-16; збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not one Entente can import.</source>
        <translation>%1 — двійковий файл, Entente не може його імпортувати.</translation>
    </message>
    <message>
        <source>%1 holds only blank space: there is nothing to import.</source>
        <translation>%1 містить лише пробіли: немає чого імпортувати.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 is in no format Entente knows; name one with --format (%2).</source>
        <translation>%1 не має формату, відомого Entente; вкажіть формат через --format (%2).</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 не є форматом імпорту; використайте один із: %2.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Імпорт %1 скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>Не вдалося імпортувати %1: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (Timeline writes 2022-03-29 14:30:00)</source>
        <translation>«%1» не є датою (Timeline пише 2022-03-29 14:30:00)</translation>
    </message>
    <message>
        <source>a month or day is given without a year</source>
        <translation>місяць чи день вказано без року</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>«%1» не є роком</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month</source>
        <translation>«%1» не є місяцем</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day</source>
        <translation>«%1» не є днем</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>«%1» не є часом</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date</source>
        <translation>%1-%2-%3 не є датою</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>слайду потрібен рік початку</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>його не вдається прочитати: %1</translation>
    </message>
    <message>
        <source>it is cut short inside its header</source>
        <translation>він обривається посеред заголовка</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>його заголовок вказує неможливий розмір сторінки</translation>
    </message>
    <message>
        <source>it ends in the middle of a page: it was cut short</source>
        <translation>він закінчується посеред сторінки: його обрізано</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: the charts are %2.</source>
        <translation>Невідома діаграма «%1»: доступні діаграми — %2.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation>Невідома тема «%1»: використайте light або dark.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 — текст у UTF-32; збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 схожий на текст у UTF-32; збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 — тека, а не файл для імпорту.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n record(s) could be imported, so nothing was; the first problem, at %2: %3.</source>
        <translation>
            <numerusform>%1: не вдалося імпортувати жодного з %n запису, тож нічого не імпортовано; перша проблема — %2: %3.</numerusform>
            <numerusform>%1: не вдалося імпортувати жодного з %n записів, тож нічого не імпортовано; перша проблема — %2: %3.</numerusform>
            <numerusform>%1: не вдалося імпортувати жодного з %n записів, тож нічого не імпортовано; перша проблема — %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Імпорт скасовано; нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported from any of the files.</source>
        <translation>%1 З жодного з файлів нічого не імпортовано.</translation>
    </message>
    <message>
        <source>there is no second %1</source>
        <translation>секунди %1 не буває</translation>
    </message>
    <message>
        <source>, “%1”</source>
        <translation>, «%1»</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>Could not read the events of %1: the file may be damaged.</source>
        <translation>Не вдалося прочитати події з %1: можливо, файл пошкоджено.</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; %2.</source>
        <translation>--where: «%1» %2.</translation>
    </message>
    <message>
        <source>does not give a day as 2024-01-31</source>
        <translation>не задає день у вигляді 2024-01-31</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>період закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>цілком надійне</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>зазвичай надійне</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>досить надійне</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>зазвичай ненадійне</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>ненадійне</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>надійність неможливо оцінити</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>ймовірно правдиве</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>можливо правдиве</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сумнівне</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>малоймовірне</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>достовірність неможливо оцінити</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Entente file.</source>
        <translation>%1 — це тека, а не файл Entente.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Не вдається прочитати %1: доступ заборонено.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an Entente file, and nothing in it can be recovered.</source>
        <translation>%1 порожній (0 байтів): це не файл Entente, і в ньому нічого не можна відновити.</translation>
    </message>
    <message>
        <source>%1 is not an Entente file (it is not an SQLite database).</source>
        <translation>%1 не є файлом Entente (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 пошкоджено (%2). Відкрийте його лише для читання або відновіть те, що вдається прочитати, у новий файл.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Entente file.</source>
        <translation>%1 — база даних SQLite іншої програми, а не файл Entente.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Entente (file format %2; this version reads up to %3). Update Entente to open it.</source>
        <translation>%1 створено новішою версією Entente (формат файлу %2; ця версія читає до %3). Оновіть Entente, щоб відкрити його.</translation>
    </message>
    <message>
        <source>%1 is marked as an Entente file but its format version is %2, which no Entente writes: another program has changed it. Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 позначено як файл Entente, але версія його формату — %2, якої жоден Entente не записує: його змінила інша програма. Відкрийте його лише для читання або відновіть те, що вдається прочитати, у новий файл.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1 заблоковано іншою програмою, яка записує до нього; спробуйте знову, коли вона завершить.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2.</source>
        <translation>Не вдається відкрити %1 для запису: %2.</translation>
    </message>
    <message>
        <source>%1 is being imported into by another program; try again when it has finished.</source>
        <translation>Інша програма саме імпортує дані в %1; спробуйте знову, коли вона завершить.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled before its interrupted import was taken back; the file is as it was.</source>
        <translation>Відкриття %1 скасовано до того, як його перерваний імпорт було відкочено; файл залишився таким, яким був.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>відрізняється</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>рядок 1</translation>
    </message>
    <message>
        <source>the header lacks this UCDP GED column</source>
        <translation>у заголовку бракує цього стовпця UCDP GED</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the header&apos;s %n column(s)</source>
        <translation>
            <numerusform>рядок закінчується після %1 із %n стовпця заголовка</numerusform>
            <numerusform>рядок закінчується після %1 із %n стовпців заголовка</numerusform>
            <numerusform>рядок закінчується після %1 із %n стовпців заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of violence (1, 2 or 3)</source>
        <translation>«%1» не є типом насильства (1, 2 або 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date precision (1 to 5)</source>
        <translation>«%1» не є точністю дати (від 1 до 5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (UCDP writes 2022-03-29)</source>
        <translation>«%1» не є днем (UCDP пише 2022-03-29)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day on or after date_start</source>
        <translation>«%1» не є днем, що збігається з date_start або пізніший</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of deaths</source>
        <translation>«%1» не є кількістю загиблих</translation>
    </message>
    <message>
        <source>every UCDP event has a side A</source>
        <translation>кожна подія UCDP має сторону A</translation>
    </message>
    <message>
        <source>every UCDP event has a side B</source>
        <translation>кожна подія UCDP має сторону B</translation>
    </message>
    <message numerus="yes">
        <source>UCDP GED event %1: %2%3; %n death(s) (best estimate).</source>
        <translation>
            <numerusform>Подія UCDP GED %1: %2%3; %n загиблий (найкраща оцінка).</numerusform>
            <numerusform>Подія UCDP GED %1: %2%3; %n загиблих (найкраща оцінка).</numerusform>
            <numerusform>Подія UCDP GED %1: %2%3; %n загиблих (найкраща оцінка).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n byte(s) after its last page: something was added to its end</source>
        <translation>
            <numerusform>після останньої сторінки в ньому є %n байт: щось дописано в кінець</numerusform>
            <numerusform>після останньої сторінки в ньому є %n байти: щось дописано в кінець</numerusform>
            <numerusform>після останньої сторінки в ньому є %n байтів: щось дописано в кінець</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %1 of its %n page(s): it was cut short</source>
        <translation>
            <numerusform>у ньому %1 з %n сторінки: його обрізано</numerusform>
            <numerusform>у ньому %1 з %n сторінок: його обрізано</numerusform>
            <numerusform>у ньому %1 з %n сторінок: його обрізано</numerusform>
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
        <translation>Учасник: %1.</translation>
    </message>
    <message>
        <source>Event, %1. Status: %2.</source>
        <translation>Подія, %1. Статус: %2.</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>Тип: %1.</translation>
    </message>
    <message>
        <source>Actors: %1.</source>
        <translation>Учасники: %1.</translation>
    </message>
</context>
<context>
    <name>entente::AccountEditor</name>
    <message>
        <source>as the event</source>
        <translation>як у події</translation>
    </message>
    <message>
        <source>end, if any</source>
        <translation>кінець, якщо є</translation>
    </message>
    <message>
        <source>The end of its date</source>
        <translation>Кінець його дати</translation>
    </message>
    <message>
        <source>1,000 each, 390 on the first day</source>
        <translation>по 1000, 390 у перший день</translation>
    </message>
    <message>
        <source>The actors this source names as taking part, comma separated</source>
        <translation>Учасники, яких називає це джерело, через кому</translation>
    </message>
    <message>
        <source>The numbers this source gives, as it gives them</source>
        <translation>Цифри, які наводить це джерело, так, як воно їх наводить</translation>
    </message>
    <message>
        <source>Sa&amp;ys it is</source>
        <translation>&amp;За джерелом</translation>
    </message>
    <message>
        <source>&amp;Its date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Цифри</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>&amp;Хто брав участь</translation>
    </message>
    <message>
        <source>Account: select a source above</source>
        <translation>Версія джерела: виберіть джерело вище</translation>
    </message>
    <message>
        <source>What %1 says differently</source>
        <translation>Що %1 повідомляє інакше</translation>
    </message>
</context>
<context>
    <name>entente::AcledImporter</name>
    <message>
        <source>line 1</source>
        <translation>рядок 1</translation>
    </message>
    <message>
        <source>the header lacks this ACLED column</source>
        <translation>у заголовку немає цього стовпця ACLED</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ACLED writes 2022-03-29)</source>
        <translation>«%1» не є датою (ACLED пише 2022-03-29)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time precision (1, 2 or 3)</source>
        <translation>«%1» не є точністю часу (1, 2 або 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>«%1» не є широтою</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>«%1» не є довготою</translation>
    </message>
    <message>
        <source>every ACLED event has a first actor</source>
        <translation>кожна подія ACLED має першого учасника</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
</context>
<context>
    <name>entente::ActivityChart</name>
    <message>
        <source>Events per %1, by kind</source>
        <translation>Події за %1, за типом</translation>
    </message>
    <message>
        <source>Events per %1, by actor</source>
        <translation>Події за %1, за учасником</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Events × actors</source>
        <translation>Події × учасники</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інші</translation>
    </message>
    <message>
        <source>Events per %1, by %2</source>
        <translation>Події за %1, групування: %2</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <source>Edit Actor</source>
        <translation>Редагувати учасника</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Новий учасник</translation>
    </message>
    <message>
        <source>#rrggbb, or empty for the palette&apos;s choice</source>
        <translation>#rrggbb або порожньо — колір з палітри</translation>
    </message>
    <message>
        <source>One a line; a language in brackets: Київ [uk]</source>
        <translation>По одному в рядку; мова в дужках: Kyiv [en]</translation>
    </message>
    <message>
        <source>Title | from | to, one a line: UK Prime Minister | 2019-07-24 | 2022-09-06</source>
        <translation>Посада | від | до, по одній у рядку: Прем’єр-міністр Великої Британії | 2019-07-24 | 2022-09-06</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Опис</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Колір</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Інші імена</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>&amp;Посади</translation>
    </message>
    <message>
        <source>In the titles, &quot;%1&quot; is not a date.</source>
        <translation>У посадах «%1» не є датою.</translation>
    </message>
    <message>
        <source>A title line has no title: &quot;%1&quot;.</source>
        <translation>У рядку посади немає назви посади: «%1».</translation>
    </message>
    <message>
        <source>The actor needs a name.</source>
        <translation>Учасникові потрібна назва.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #rrggbb.</source>
        <translation>«%1» не є кольором; запишіть його як #rrggbb.</translation>
    </message>
</context>
<context>
    <name>entente::ActorKind</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Організація</translation>
    </message>
</context>
<context>
    <name>entente::ActorPicker</name>
    <message>
        <source>Find an actor or alias</source>
        <translation>Знайти учасника або інше ім’я</translation>
    </message>
    <message>
        <source>Find an actor</source>
        <translation>Знайти учасника</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Також: %1</translation>
    </message>
</context>
<context>
    <name>entente::ActorsChart</name>
    <message>
        <source>Events per actor (top %1 of %2)</source>
        <translation>Події за учасником (перші %1 з %2)</translation>
    </message>
    <message>
        <source>Events per actor</source>
        <translation>Події за учасником</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
</context>
<context>
    <name>entente::ArticleReader</name>
    <message>
        <source>The article holds no text.</source>
        <translation>Стаття не містить тексту.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 порожній.</translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; a report is at most %3 MB).</source>
        <translation>%1 завеликий для статті (%2 МБ; повідомлення займає щонайбільше %3 МБ).</translation>
    </message>
    <message>
        <source>%1 is not a text article: it holds binary data.</source>
        <translation>%1 не є текстовою статтею: він містить двійкові дані.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 не є текстом UTF-8; збережіть його в UTF-8 і спробуйте знову.</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 не містить тексту статті.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation>%1 — це тека, а не стаття.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail message.</source>
        <translation>%1 не є повідомленням електронної пошти.</translation>
    </message>
    <message>
        <source>%1 has no text part.</source>
        <translation>%1 не має текстової частини.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares.</source>
        <translation>%1 записано не в тому кодуванні, яке в ньому оголошено.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares (or not UTF-8 when it declares none).</source>
        <translation>%1 записано не в тому кодуванні, яке в ньому оголошено (або не в UTF-8, якщо кодування не оголошено).</translation>
    </message>
    <message>
        <source>%1 cannot be read as HTML.</source>
        <translation>Не вдається прочитати %1 як HTML.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n character(s) of text: more than one report (at most %2).</source>
        <translation>
            <numerusform>%1 містить %n символ тексту: це більше, ніж одне повідомлення (щонайбільше %2).</numerusform>
            <numerusform>%1 містить %n символи тексту: це більше, ніж одне повідомлення (щонайбільше %2).</numerusform>
            <numerusform>%1 містить %n символів тексту: це більше, ніж одне повідомлення (щонайбільше %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AttributeGroups</name>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
    <message>
        <source>−10 to −5</source>
        <translation>від −10 до −5</translation>
    </message>
    <message>
        <source>−5 to 0</source>
        <translation>від −5 до 0</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>0 to 5</source>
        <translation>від 0 до 5</translation>
    </message>
    <message>
        <source>5 to 10</source>
        <translation>від 5 до 10</translation>
    </message>
    <message>
        <source>no deaths</source>
        <translation>без загиблих</translation>
    </message>
    <message>
        <source>1–9 deaths</source>
        <translation>1–9 загиблих</translation>
    </message>
    <message>
        <source>10–99 deaths</source>
        <translation>10–99 загиблих</translation>
    </message>
    <message>
        <source>100–999 deaths</source>
        <translation>100–999 загиблих</translation>
    </message>
    <message>
        <source>1,000 deaths or more</source>
        <translation>1000 загиблих і більше</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Goldstein scale</source>
        <translation>Шкала Гольдштейна</translation>
    </message>
    <message>
        <source>CAMEO root</source>
        <translation>Кореневий код CAMEO</translation>
    </message>
    <message>
        <source>Deaths (UCDP)</source>
        <translation>Загиблі (UCDP)</translation>
    </message>
</context>
<context>
    <name>entente::Cameo</name>
    <message>
        <source>verbal cooperation</source>
        <translation>словесна співпраця</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>матеріальна співпраця</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>словесний конфлікт</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>матеріальний конфлікт</translation>
    </message>
</context>
<context>
    <name>entente::ChartQueries</name>
    <message>
        <source>(no kind)</source>
        <translation>(без типу)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інші</translation>
    </message>
</context>
<context>
    <name>entente::ChartsPanel</name>
    <message>
        <source>Stack by:</source>
        <translation>Групувати за:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Події в часі</translation>
    </message>
    <message>
        <source>Actor activity</source>
        <translation>Активність учасників</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Статус твердження</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Зберегти цю діаграму як PNG, SVG або PDF</translation>
    </message>
    <message>
        <source>Could not compute the chart: %1</source>
        <translation>Не вдалося побудувати діаграму: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Експорт діаграми</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Групувати за</translation>
    </message>
    <message>
        <source>Chart drawing</source>
        <translation>Зображення діаграми</translation>
    </message>
    <message>
        <source>Could not compute the chart: the file cannot be read.</source>
        <translation>Не вдалося побудувати діаграму: файл не вдається прочитати.</translation>
    </message>
</context>
<context>
    <name>entente::ClaimStatus</name>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Повідомлено</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>Стверджується</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оскаржується</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Спростовано</translation>
    </message>
</context>
<context>
    <name>entente::Commands</name>
    <message>
        <source>Pin graph nodes</source>
        <translation>Закріпити вузли графа</translation>
    </message>
    <message>
        <source>Unpin graph node</source>
        <translation>Відкріпити вузол графа</translation>
    </message>
    <message>
        <source>event</source>
        <translation>подію</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>учасника</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>link</source>
        <translation>зв’язок</translation>
    </message>
    <message>
        <source>era</source>
        <translation>період</translation>
    </message>
    <message>
        <source>story</source>
        <translation>сюжет</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Об’єднати учасників</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додати %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Змінити %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалити %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Імпорт %1</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Зберегти вигляд</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Видалити вигляд</translation>
    </message>
    <message>
        <source>Edit Accounts</source>
        <translation>Змінити версії джерел</translation>
    </message>
</context>
<context>
    <name>entente::ConflictDialog</name>
    <message>
        <source>Someone else changed this since you read it.</source>
        <translation>Хтось інший змінив це після того, як ви це прочитали.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Завантажити їхні зміни</translation>
    </message>
    <message>
        <source>Apply Mine Anyway</source>
        <translation>Усе одно застосувати мої</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>Зміну не збережено</translation>
    </message>
    <message>
        <source>Reload shows their version; apply anyway replaces it with yours.</source>
        <translation>«Завантажити їхні зміни» покаже їхню версію; «Усе одно застосувати мої» замінить її вашою.</translation>
    </message>
</context>
<context>
    <name>entente::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
</context>
<context>
    <name>entente::CsvImporter</name>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the seconds &quot;%1&quot; were dropped (Entente keeps times to the minute)</source>
        <translation>секунди «%1» відкинуто (Entente зберігає час із точністю до хвилини)</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and import it again</source>
        <translation>текст не в UTF-8 (можливо, Windows-1252 чи Latin-1); збережіть файл як UTF-8 та імпортуйте знову</translation>
    </message>
    <message>
        <source>The CSV parser could not start.</source>
        <translation>Не вдалося запустити розбір CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>the CSV is malformed (%1)</source>
        <translation>CSV пошкоджений (%1)</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB, more than any timeline row needs; refused</source>
        <translation>запис довший за %1 МБ — більше, ніж потрібно будь-якому рядку хронології; відхилено</translation>
    </message>
    <message>
        <source>the CSV ends inside a quoted field (a quote is not closed)</source>
        <translation>CSV закінчується всередині поля в лапках (лапки не закрито)</translation>
    </message>
    <message>
        <source>%1 has no header row: there is nothing to import.</source>
        <translation>У %1 немає рядка заголовка: немає чого імпортувати.</translation>
    </message>
</context>
<context>
    <name>entente::CsvRows</name>
    <message>
        <source>The mapping %1=%2 names no column of Entente&apos;s: &quot;%2&quot; is not one of %3.</source>
        <translation>Зіставлення %1=%2 не вказує жодного стовпця Entente: «%2» немає серед %3.</translation>
    </message>
    <message>
        <source>The mapping %1=%2 names a column %3 does not have; its columns are %4.</source>
        <translation>Зіставлення %1=%2 вказує стовпець, якого немає в %3; його стовпці: %4.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>рядок 1</translation>
    </message>
    <message>
        <source>unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)</source>
        <translation>невідомий стовпець; стовпці: %1 (інші зіставте через --map FILE_COLUMN=%2)</translation>
    </message>
    <message>
        <source>Both columns %1 and %2 of %3 would fill %4; map one of them elsewhere or leave it out (FILE_COLUMN= with nothing after the =).</source>
        <translation>Обидва стовпці %1 і %2 з %3 заповнювали б %4; зіставте один із них з іншим полем або пропустіть його (FILE_COLUMN= без нічого після =).</translation>
    </message>
    <message>
        <source>the header lacks this column, which every row needs</source>
        <translation>у заголовку немає цього стовпця, а він потрібен кожному рядку</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade (A to F, then 1 to 6: B2, B or 2)</source>
        <translation>«%1» — не оцінка джерела (від A до F, потім від 1 до 6: B2, B або 2)</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1</source>
        <translation>
            <numerusform>у рядку %n поле, а в заголовку — %1</numerusform>
            <numerusform>у рядку %n поля, а в заголовку — %1</numerusform>
            <numerusform>у рядку %n полів, а в заголовку — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>події потрібна назва</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied)</source>
        <translation>«%1» не є статусом твердження (confirmed, reported, alleged, disputed, denied)</translation>
    </message>
</context>
<context>
    <name>entente::DataFile</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a zip archive cut short (its table of contents is missing or damaged); download it again.</source>
        <translation>%1 — обрізаний zip-архів (його зміст відсутній або пошкоджений); завантажте його знову.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip archive: %2.</source>
        <translation>Не вдається прочитати %1 як zip-архів: %2.</translation>
    </message>
    <message>
        <source>%1: %2 in it cannot be read: %3.</source>
        <translation>%1: не вдається прочитати %2 у ньому: %3.</translation>
    </message>
    <message>
        <source>%1 is a zip archive with no file in it: there is nothing to import.</source>
        <translation>%1 — zip-архів без жодного файлу: імпортувати нічого.</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilter</name>
    <message>
        <source>is not a condition; write key=value, e.g. root=04,05 or mentions&gt;=5</source>
        <translation>— не умова; пишіть ключ=значення, напр. root=04,05 або mentions&gt;=5</translation>
    </message>
    <message>
        <source>gives no value</source>
        <translation>не задає значення</translation>
    </message>
    <message>
        <source>uses &gt;=, which only mentions and deaths take</source>
        <translation>використовує &gt;=, яке підходить лише для mentions і deaths</translation>
    </message>
    <message>
        <source>names no CAMEO root code (01 to 20)</source>
        <translation>не називає кореневого коду CAMEO (від 01 до 20)</translation>
    </message>
    <message>
        <source>names no CAMEO event code (two to four digits, e.g. 036)</source>
        <translation>не називає коду події CAMEO (від двох до чотирьох цифр, напр. 036)</translation>
    </message>
    <message>
        <source>names no QuadClass (1 to 4)</source>
        <translation>не називає QuadClass (від 1 до 4)</translation>
    </message>
    <message>
        <source>names no condition Entente knows (root, code, quad, country, mentions, deaths, from, to)</source>
        <translation>не називає умови, відомої Entente (root, code, quad, country, mentions, deaths, from, to)</translation>
    </message>
    <message>
        <source>--where: the date range ends before it begins.</source>
        <translation>--where: діапазон дат закінчується раніше, ніж починається.</translation>
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
        <translation>Умови через пробіл; мають виконуватися всі:
  root=04,05        кореневі коди CAMEO (GDELT)
  code=036,0871     коди подій CAMEO або їхні початки (GDELT)
  quad=1,2          QuadClass: 1 словесна співпраця, 2 матеріальна співпраця,
                    3 словесний конфлікт, 4 матеріальний конфлікт (GDELT)
  country=RUS,UKR   країна будь-якого з учасників: коди CAMEO (GDELT), назви (UCDP)
  mentions&gt;=5       щонайменше стільки згадок (GDELT)
  deaths&gt;=10        щонайменше стільки загиблих, найкраща оцінка (UCDP)
  from=2024-01-01   того дня або пізніше; to=2024-01-31 — того дня або раніше</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilterPage</name>
    <message>
        <source>Keep only</source>
        <translation>Залишити лише</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Між</translation>
    </message>
    <message>
        <source>&amp;Fold reports of one happening (same day, actors and event code) into one event</source>
        <translation>&amp;Об’єднати повідомлення про одну подію (той самий день, учасники та код події) в одну подію</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Порахувати</translation>
    </message>
    <message>
        <source>all; e.g. 03,04,05,08</source>
        <translation>усі; напр. 03,04,05,08</translation>
    </message>
    <message>
        <source>CAMEO root codes</source>
        <translation>Кореневі коди CAMEO</translation>
    </message>
    <message>
        <source>all; e.g. RUS,UKR,TUR</source>
        <translation>усі; напр. RUS,UKR,TUR</translation>
    </message>
    <message>
        <source>Actor countries</source>
        <translation>Країни учасників</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Мінімум</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>To</source>
        <translation>До</translation>
    </message>
    <message>
        <source>verbal cooperation</source>
        <translation>словесна співпраця</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>матеріальна співпраця</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>словесний конфлікт</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>матеріальний конфлікт</translation>
    </message>
    <message>
        <source>and</source>
        <translation>і</translation>
    </message>
    <message>
        <source>CAMEO &amp;root codes</source>
        <translation>&amp;Кореневі коди CAMEO</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Actor c&amp;ountries</source>
        <translation>К&amp;раїни учасників</translation>
    </message>
    <message>
        <source>At least this many &amp;mentions</source>
        <translation>Щонайменше стільки &amp;згадок</translation>
    </message>
    <message>
        <source>At least this many &amp;deaths</source>
        <translation>Щонайменше стільки &amp;загиблих</translation>
    </message>
    <message>
        <source>all; e.g. Ukraine,Syria</source>
        <translation>усі; напр. Ukraine,Syria</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Підрахунок…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) would be imported; %1.</source>
        <translation>
            <numerusform>Буде імпортовано %n подію; %1.</numerusform>
            <numerusform>Буде імпортовано %n події; %1.</numerusform>
            <numerusform>Буде імпортовано %n подій; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n рядок пропущено</numerusform>
            <numerusform>%n рядки пропущено</numerusform>
            <numerusform>%n рядків пропущено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DetailsFormatter</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, потім %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>Хто це стверджує</translation>
    </message>
    <message>
        <source>No source is recorded for this event.</source>
        <translation>Для цієї події не записано жодного джерела.</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Пов’язані події</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Посади</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Також відомий як</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Статус твердження</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Хто брав участь</translation>
    </message>
    <message>
        <source>as the event</source>
        <translation>як у події</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
</context>
<context>
    <name>entente::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Select an event in the table or the timeline to see who was in it and who says so.</source>
        <translation>Виберіть подію в таблиці чи на хронології, щоб побачити, хто в ній брав участь і хто це стверджує.</translation>
    </message>
</context>
<context>
    <name>entente::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>%1 is open read-only: it cannot be changed.</source>
        <translation>%1 відкрито лише для читання: його не можна змінити.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Цієї події більше немає.</translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation>Цього учасника більше немає.</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Цього джерела більше немає.</translation>
    </message>
    <message>
        <source>The era no longer exists.</source>
        <translation>Цього періоду більше немає.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Цього сюжету більше немає.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <source>New &amp;Event…</source>
        <translation>Нова &amp;подія…</translation>
    </message>
    <message>
        <source>Edit Event…</source>
        <translation>Редагувати подію…</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Видалити подію</translation>
    </message>
    <message>
        <source>&amp;Link Event To…</source>
        <translation>&amp;Пов’язати подію з…</translation>
    </message>
    <message>
        <source>New &amp;Actor…</source>
        <translation>Новий &amp;учасник…</translation>
    </message>
    <message>
        <source>Edit Actor…</source>
        <translation>Редагувати учасника…</translation>
    </message>
    <message>
        <source>&amp;Merge Actors…</source>
        <translation>&amp;Об’єднати учасників…</translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation>Видалити учасника</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>Нове &amp;джерело…</translation>
    </message>
    <message>
        <source>Edit Source…</source>
        <translation>Редагувати джерело…</translation>
    </message>
    <message>
        <source>New E&amp;ra…</source>
        <translation>Новий пе&amp;ріод…</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes part in %n event(s). Delete the actor and those roles? (Undo brings them back.)</source>
        <translation>
            <numerusform>%1 бере участь у %n події. Видалити учасника та ці ролі? (Скасування поверне їх.)</numerusform>
            <numerusform>%1 бере участь у %n подіях. Видалити учасника та ці ролі? (Скасування поверне їх.)</numerusform>
            <numerusform>%1 бере участь у %n подіях. Видалити учасника та ці ролі? (Скасування поверне їх.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Редагувати джерело</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Джерело:</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonImporter</name>
    <message>
        <source>this is not an Entente JSON file (&quot;format&quot; is not &quot;entente&quot;)</source>
        <translation>це не файл Entente JSON («format» не дорівнює «entente»)</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>учасникові потрібна назва</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>події потрібна назва</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status</source>
        <translation>«%1» не є статусом твердження</translation>
    </message>
    <message>
        <source>actor %1 is not in the file&apos;s actors</source>
        <translation>учасника %1 немає серед учасників файлу</translation>
    </message>
    <message>
        <source>source %1 is not in the file&apos;s sources</source>
        <translation>джерела %1 немає серед джерел файлу</translation>
    </message>
    <message>
        <source>the link joins events that are not in the file</source>
        <translation>зв’язок поєднує події, яких немає у файлі</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link kind</source>
        <translation>«%1» не є типом зв’язку</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>період закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>event %1 is not in the file&apos;s events</source>
        <translation>події %1 немає серед подій файлу</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor or event of the file</source>
        <translation>«%1» не є учасником чи подією файлу</translation>
    </message>
    <message>
        <source>the file has no format version; an Entente JSON file says which it is</source>
        <translation>у файлі немає версії формату; файл Entente JSON завжди вказує свою версію</translation>
    </message>
    <message>
        <source>%1 is not a format version (they count from 1); the file is damaged or was not written by Entente</source>
        <translation>%1 не є версією формату (їх лічать від 1); файл пошкоджено або його записала не Entente</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Entente reads (1 to %2); a newer Entente wrote it</source>
        <translation>версія формату %1 новіша, ніж читає ця версія Entente (від 1 до %2); файл записала новіша версія Entente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor kind (person, state, organization); the actor was imported as a person</source>
        <translation>«%1» не є типом учасника (person, state, organization); учасника імпортовано як особу</translation>
    </message>
    <message>
        <source>the file has this key twice; a JSON object names each key once, so one of the two would be lost</source>
        <translation>у файлі цей ключ трапляється двічі; об’єкт JSON містить кожен ключ лише раз, тож одне з двох значень було б утрачено</translation>
    </message>
    <message>
        <source>not a key of Entente JSON (format version %1); left out</source>
        <translation>не є ключем Entente JSON (версія формату %1); пропущено</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reliability grade (A to F)</source>
        <translation>«%1» — не оцінка надійності (від A до F)</translation>
    </message>
    <message>
        <source>%1 is not a credibility grade (1 to 6)</source>
        <translation>%1 — не оцінка достовірності (від 1 до 6)</translation>
    </message>
    <message>
        <source>an attribute has no name</source>
        <translation>атрибут не має назви</translation>
    </message>
    <message>
        <source>the attribute &quot;%1&quot; is not text</source>
        <translation>атрибут «%1» не є текстом</translation>
    </message>
    <message>
        <source>the account&apos;s end is before its start</source>
        <translation>кінець версії джерела раніше за її початок</translation>
    </message>
</context>
<context>
    <name>entente::EventDialog</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Редагувати подію</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>2022, 2022-03, 2022-03-29 or 2022-03-29T14:30; ~ at the end if approximate</source>
        <translation>2022, 2022-03, 2022-03-29 або 2022-03-29T14:30; ~ у кінці, якщо приблизно</translation>
    </message>
    <message>
        <source>empty for an instant</source>
        <translation>порожньо — для миті</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Claim stat&amp;us</source>
        <translation>Стат&amp;ус твердження</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Ко&amp;роткий опис</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Мі&amp;тки</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Події потрібна назва.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата початку «%1» не є датою; запишіть її як 2022, 2022-03 або 2022-03-29.</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата кінця «%1» не є датою; запишіть її як 2022, 2022-03 або 2022-03-29.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Кінець (%1) раніше за початок (%2).</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Новий учасник</translation>
    </message>
    <message>
        <source>%1 is not in this file. Add it as a new actor?</source>
        <translation>%1 немає в цьому файлі. Додати як нового учасника?</translation>
    </message>
    <message>
        <source>%1 is not an actor of this file.</source>
        <translation>%1 не є учасником цього файлу.</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>&amp;New Source…</source>
        <translation>&amp;Нове джерело…</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — можливо правдиве</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Нове: %1</translation>
    </message>
    <message>
        <source>%1 is cited twice; keep one row for it.</source>
        <translation>%1 наведено двічі; залиште для нього один рядок.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is already in this file, on the same day with at least two of the same actors. Add this event&apos;s sources to it instead of making a second event?</source>
        <translation>«%1» (%2) уже є в цьому файлі — того самого дня та щонайменше з двома тими самими учасниками. Додати джерела цієї події до неї замість створення другої події?</translation>
    </message>
    <message>
        <source>Already in the File?</source>
        <translation>Уже є у файлі?</translation>
    </message>
    <message>
        <source>Add Sources to It</source>
        <translation>Додати до неї джерела</translation>
    </message>
    <message>
        <source>Create New Event</source>
        <translation>Створити нову подію</translation>
    </message>
    <message>
        <source>Add Sources to Event</source>
        <translation>Додати джерела до події</translation>
    </message>
    <message>
        <source>Not added: choose where the sources go.</source>
        <translation>Не додано: виберіть, куди додати джерела.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in the account of %2 is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата «%1» у версії джерела %2 не є датою; запишіть її як 2022, 2022-03 або 2022-03-29.</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; in the account of %2 needs a start before it.</source>
        <translation>Кінцю «%1» у версії джерела %2 потрібен початок перед ним.</translation>
    </message>
    <message>
        <source>%1, in the account of %2, is not an actor of this file.</source>
        <translation>%1 у версії джерела %2 не є учасником цього файлу.</translation>
    </message>
</context>
<context>
    <name>entente::EventTableModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
</context>
<context>
    <name>entente::EventWriter</name>
    <message>
        <source>the id %1 is already taken by another event</source>
        <translation>id %1 уже зайнято іншою подією</translation>
    </message>
</context>
<context>
    <name>entente::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
</context>
<context>
    <name>entente::ExtractDialog</name>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Знайти події</translation>
    </message>
    <message>
        <source>&amp;Add Accepted Events</source>
        <translation>&amp;Додати прийняті події</translation>
    </message>
    <message>
        <source>New Events from Article</source>
        <translation>Нові події зі статті</translation>
    </message>
    <message>
        <source>Paste a news report here, or open or drop a .txt, .md, .html or .eml file.</source>
        <translation>Вставте сюди новинне повідомлення або відкрийте чи перетягніть файл .txt, .md, .html чи .eml.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>У файлі</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Відкрити файл…</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубліковано:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагувати</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>Від&amp;кинути</translation>
    </message>
    <message>
        <source>Open a News Report</source>
        <translation>Відкрити новинне повідомлення</translation>
    </message>
    <message>
        <source>News reports (*.txt *.md *.html *.htm *.eml)</source>
        <translation>Новинні повідомлення (*.txt *.md *.html *.htm *.eml)</translation>
    </message>
    <message>
        <source>The publication date must be written YYYY-MM-DD.</source>
        <translation>Дату публікації слід записати як РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>The article does not say when it was published: enter the date, then Find Events.</source>
        <translation>У статті не вказано, коли її опубліковано: введіть дату, потім натисніть «Знайти події».</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) proposed</source>
        <translation>
            <numerusform>Запропоновано %n подію</numerusform>
            <numerusform>Запропоновано %n події</numerusform>
            <numerusform>Запропоновано %n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the file</source>
        <translation>
            <numerusform>, %n уже у файлі</numerusform>
            <numerusform>, %n уже у файлі</numerusform>
            <numerusform>, %n уже у файлі</numerusform>
        </translation>
    </message>
    <message>
        <source>* new to the file</source>
        <translation>* нове для файлу</translation>
    </message>
    <message>
        <source>adds a source to “%1”</source>
        <translation>додає джерело до «%1»</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>нова подія</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025-05-16, 2022-03 or 2025-05-23/2025-05-25.</source>
        <translation>«%1» — не дата: пишіть 2025-05-16, 2022-03 або 2025-05-23/2025-05-25.</translation>
    </message>
    <message>
        <source>Select two or more proposals to merge.</source>
        <translation>Виберіть дві або більше пропозицій для об’єднання.</translation>
    </message>
    <message>
        <source>No proposal is checked.</source>
        <translation>Не позначено жодної пропозиції.</translation>
    </message>
    <message>
        <source>%1 is not a .txt, .md, .html or .eml file.</source>
        <translation>%1 не є файлом .txt, .md, .html чи .eml.</translation>
    </message>
</context>
<context>
    <name>entente::Extractor</name>
    <message>
        <source>There are no reading rules for &quot;%1&quot;.</source>
        <translation>Для «%1» немає правил читання.</translation>
    </message>
    <message>
        <source>The article&apos;s publication date is not known: give it (--published YYYY-MM-DD).</source>
        <translation>Дата публікації статті невідома: задайте її (--published YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>entente::FileHealth</name>
    <message>
        <source>Damaged file</source>
        <translation>Пошкоджений файл</translation>
    </message>
    <message>
        <source>Entente will not write to it. You can go on reading it read-only, or copy what can still be read into a new file.</source>
        <translation>Entente не записуватиме до нього. Можна й далі читати його лише для читання або скопіювати те, що ще читається, у новий файл.</translation>
    </message>
    <message>
        <source>You can read what is left read-only, or copy what can still be read into a new file. The damaged file is left exactly as it is.</source>
        <translation>Можна читати те, що лишилося, лише для читання, або скопіювати те, що ще читається, у новий файл. Пошкоджений файл залишиться точно таким, як є.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Відкрити лише для &amp;читання</translation>
    </message>
    <message>
        <source>Recover into a &amp;New File…</source>
        <translation>Відновити в &amp;новий файл…</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-відновлений</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Відновити в новий файл</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Файли Entente (*.entente)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>Choose a new file: the damaged one is left as it is.</source>
        <translation>Виберіть новий файл: пошкоджений залишиться як є.</translation>
    </message>
    <message>
        <source>Copying what can be read from %1…</source>
        <translation>Копіювання того, що читається, з %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1. Some could not be read and are missing.</source>
        <translation>
            <numerusform>До %1 відновлено %n рядок. Деякі не вдалося прочитати, їх бракує.</numerusform>
            <numerusform>До %1 відновлено %n рядки. Деякі не вдалося прочитати, їх бракує.</numerusform>
            <numerusform>До %1 відновлено %n рядків. Деякі не вдалося прочитати, їх бракує.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1; nothing was lost.</source>
        <translation>
            <numerusform>До %1 відновлено %n рядок; нічого не втрачено.</numerusform>
            <numerusform>До %1 відновлено %n рядки; нічого не втрачено.</numerusform>
            <numerusform>До %1 відновлено %n рядків; нічого не втрачено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>The last import into %1 was interrupted. Taking it back out, so the file is as it was before it…</source>
        <translation>Останній імпорт до %1 було перервано. Відкочуємо його, щоб файл став таким, як до імпорту…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its interrupted import could not be taken back: %2.</source>
        <translation>Не вдається відкрити %1: не вдалося відкотити його перерваний імпорт: %2.</translation>
    </message>
</context>
<context>
    <name>entente::FilterBar</name>
    <message>
        <source>Search titles, actors, places, quotes (Ctrl+F)</source>
        <translation>Пошук у назвах, учасниках, місцях, цитатах (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Від дати</translation>
    </message>
    <message>
        <source>A date as precise as you like: 2022, 2022-03 or 2022-03-29</source>
        <translation>Дата з будь-якою точністю: 2022, 2022-03 або 2022-03-29</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До дати</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Типи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Вигляди</translation>
    </message>
    <message>
        <source>(none in this file)</source>
        <translation>(у цьому файлі немає)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Вилучити цей фільтр</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Вилучити фільтр %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Дати: від %1 до %2</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Учасник: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Тип: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Мітка: %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистити все</translation>
    </message>
    <message>
        <source>Save Current View…</source>
        <translation>Зберегти поточний вигляд…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Зберегти вигляд</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Назва вигляду:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Збережені вигляди</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Видалити вигляд</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
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
        <translation>Таблиця TimelineJS</translation>
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
        <translation>GEXF для Gephi</translation>
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
        <translation>Події GDELT</translation>
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
        <translation>%1 до н. е.</translation>
    </message>
    <message>
        <source>c. %1</source>
        <extracomment>An approximate date: &quot;c. April 2022&quot;</extracomment>
        <translation>бл. %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>година</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>хвилина</translation>
    </message>
    <message>
        <source>second</source>
        <translation>секунда</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no %3 %2</source>
        <translation>«%1» не є датою: %3 %2 не існує</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2022, 2022-03, 2022-03-29 or 2022-03-29T14:30)</source>
        <translation>«%1» не є датою (пишіть 2022, 2022-03, 2022-03-29 або 2022-03-29T14:30)</translation>
    </message>
</context>
<context>
    <name>entente::GdeltLayout</name>
    <message>
        <source>column %1</source>
        <translation>стовпець %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event number</source>
        <translation>«%1» не є номером події</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (GDELT writes 20240131)</source>
        <translation>«%1» не є днем (GDELT пише 20240131)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CAMEO event code (two to four digits)</source>
        <translation>«%1» не є кодом події CAMEO (від двох до чотирьох цифр)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under no CAMEO root code (01 to 20)</source>
        <translation>«%1» не належить до жодного кореневого коду CAMEO (від 01 до 20)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the root of the event code %2</source>
        <translation>«%1» не є коренем коду події %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuadClass (1 to 4)</source>
        <translation>«%1» не є QuadClass (від 1 до 4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Goldstein score (-10 to 10)</source>
        <translation>«%1» не є оцінкою за шкалою Ґолдстейна (від -10 до 10)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>«%1» не є кількістю</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone (a number)</source>
        <translation>«%1» не є тональністю (числом)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>«%1» не є широтою</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>«%1» не є довготою</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the %n field(s) %2 has (a short row)</source>
        <translation>
            <numerusform>рядок закінчується після %1 із %n поля формату %2 (короткий рядок)</numerusform>
            <numerusform>рядок закінчується після %1 із %n полів формату %2 (короткий рядок)</numerusform>
            <numerusform>рядок закінчується після %1 із %n полів формату %2 (короткий рядок)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where %1 has %2</source>
        <translation>
            <numerusform>у рядку %n поле, а у форматі %1 їх %2</numerusform>
            <numerusform>у рядку %n поля, а у форматі %1 їх %2</numerusform>
            <numerusform>у рядку %n полів, а у форматі %1 їх %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GdeltReader</name>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>подія %1</translation>
    </message>
    <message>
        <source>it holds no GDELT events: there is nothing to import</source>
        <translation>він не містить подій GDELT: імпортувати нічого</translation>
    </message>
    <message>
        <source>the row is not UTF-8 text</source>
        <translation>рядок не є текстом UTF-8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the CAMEO codebook</source>
        <translation>«%1» немає в кодифікаторі CAMEO</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n tab-separated field(s); a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</source>
        <translation>
            <numerusform>у рядку %n поле, розділене табуляцією; файл подій GDELT має 57 або 58 (GDELT 1.0) чи 61 (GDELT 2.0)</numerusform>
            <numerusform>у рядку %n поля, розділені табуляцією; файл подій GDELT має 57 або 58 (GDELT 1.0) чи 61 (GDELT 2.0)</numerusform>
            <numerusform>у рядку %n полів, розділених табуляцією; файл подій GDELT має 57 або 58 (GDELT 1.0) чи 61 (GDELT 2.0)</numerusform>
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
        <translation>Надійність джерела</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Будь-яке джерело</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>%1 or better: %2</source>
        <translation>%1 або краще: %2</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Достовірність інформації</translation>
    </message>
    <message>
        <source>Any report</source>
        <translation>Будь-яке повідомлення</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1: %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Grade (%1)</source>
        <translation>Оцінка (%1)</translation>
    </message>
</context>
<context>
    <name>entente::GraphCanvas</name>
    <message>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Degree %1 · weighted %2 · betweenness %3 · community %4</source>
        <translation>Степінь %1 · зважений %2 · посередництво %3 · спільнота %4</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закріплено</translation>
    </message>
</context>
<context>
    <name>entente::GraphExport</name>
    <message numerus="yes">
        <source>The %1 most connected actors are shown; %n more are not.</source>
        <translation>
            <numerusform>Показано %1 найпов’язаніших учасників; решту (%n) не показано.</numerusform>
            <numerusform>Показано %1 найпов’язаніших учасників; решту (%n) не показано.</numerusform>
            <numerusform>Показано %1 найпов’язаніших учасників; решту (%n) не показано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Експорт графа</translation>
    </message>
</context>
<context>
    <name>entente::GraphExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetrics</name>
    <message>
        <source>Degree</source>
        <translation>Степінь</translation>
    </message>
    <message>
        <source>Weighted degree</source>
        <translation>Зважений степінь</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Посередництво</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Спільнота</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetricsModel</name>
    <message>
        <source>Actor</source>
        <translation>Учасник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Betweenness ≈</source>
        <translation>Посередництво ≈</translation>
    </message>
    <message numerus="yes">
        <source>Approximate: with %n nodes, only paths of up to %1 steps are counted</source>
        <translation>
            <numerusform>Наближено: за %n вузла враховано лише шляхи до %1 кроків</numerusform>
            <numerusform>Наближено: за %n вузлів враховано лише шляхи до %1 кроків</numerusform>
            <numerusform>Наближено: за %n вузлів враховано лише шляхи до %1 кроків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphRenderer</name>
    <message>
        <source>No actors in this window</source>
        <translation>У цьому часовому вікні немає учасників</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s), </source>
        <translation>
            <numerusform>%n учасник, </numerusform>
            <numerusform>%n учасники, </numerusform>
            <numerusform>%n учасників, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Size and colour: %1 · %2</source>
        <translation>Розмір і колір: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; edge width: shared events</source>
        <translation>%1; товщина ребра: спільні події</translation>
    </message>
    <message>
        <source>Actor, sized by %1</source>
        <translation>Учасник, розмір за мірою «%1»</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Community: </source>
        <translation>Спільнота: </translation>
    </message>
    <message>
        <source>Colour: low</source>
        <translation>Колір: низький</translation>
    </message>
    <message>
        <source>high</source>
        <translation>високий</translation>
    </message>
    <message>
        <source>Edge width: shared events (1 to %1)</source>
        <translation>Товщина ребра: спільні події (від 1 до %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (approximate: paths of up to %n step(s))</source>
        <translation>
            <numerusform>%1 (приблизно: шляхи до %n кроку)</numerusform>
            <numerusform>%1 (приблизно: шляхи до %n кроків)</numerusform>
            <numerusform>%1 (приблизно: шляхи до %n кроків)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message>
        <source>Actors and events</source>
        <translation>Учасники й події</translation>
    </message>
    <message>
        <source>Actors only</source>
        <translation>Лише учасники</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Знайти вузол…</translation>
    </message>
    <message>
        <source>Focus steps: </source>
        <translation>Кроки: </translation>
    </message>
    <message>
        <source>Double-click a node to show its neighbourhood this many steps out; Esc shows all</source>
        <translation>Двічі клацніть вузол, щоб показати його оточення на стільки кроків; Esc показує все</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Умістити</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Відтворити</translation>
    </message>
    <message>
        <source>Show the network as it stood at this time</source>
        <translation>Показати мережу такою, якою вона була на цей час</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Знайти вузол</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Вузли</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Міра</translation>
    </message>
    <message>
        <source>Focus steps</source>
        <translation>Кроків від фокуса</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Graph measures</source>
        <translation>Міри графа</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Граф учасників</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF, with a title, legend and credit</source>
        <translation>Експортувати граф, як показано, у PNG, SVG або PDF, із заголовком, легендою та рядком авторства</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не вдається записати %1.</translation>
    </message>
    <message>
        <source>Betweenness (approximate)</source>
        <translation>Посередництво (наближено)</translation>
    </message>
    <message>
        <source>Who brokers: how many shortest paths pass through a node</source>
        <translation>Хто посередничає: скільки найкоротших шляхів проходить через вузол</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблиця</translation>
    </message>
    <message>
        <source>Show or hide the table of measures</source>
        <translation>Показати або сховати таблицю мір</translation>
    </message>
    <message numerus="yes">
        <source>With over %Ln node(s) %1 are counted</source>
        <translation>
            <numerusform>Коли вузлів понад %Ln, ураховуються %1</numerusform>
            <numerusform>Коли вузлів понад %Ln, ураховуються %1</numerusform>
            <numerusform>Коли вузлів понад %Ln, ураховуються %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only paths of up to %n step(s)</source>
        <translation>
            <numerusform>лише шляхи до %n кроку</numerusform>
            <numerusform>лише шляхи до %n кроків</numerusform>
            <numerusform>лише шляхи до %n кроків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln event(s) are in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</source>
        <translation>
            <numerusform>Видно понад %Ln подію, забагато, щоб малювати кожну окремо: граф показує учасників, пов’язаних спільними подіями. Звузьте хронологію або фільтр, щоб побачити події.</numerusform>
            <numerusform>Видно понад %Ln події, забагато, щоб малювати кожну окремо: граф показує учасників, пов’язаних спільними подіями. Звузьте хронологію або фільтр, щоб побачити події.</numerusform>
            <numerusform>Видно понад %Ln подій, забагато, щоб малювати кожну окремо: граф показує учасників, пов’язаних спільними подіями. Звузьте хронологію або фільтр, щоб побачити події.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::HighlightActorsDialog</name>
    <message>
        <source>Highlight Actors</source>
        <translation>Виділити учасників</translation>
    </message>
    <message>
        <source>%1 (in this event)</source>
        <translation>%1 (у цій події)</translation>
    </message>
    <message>
        <source>The presentation shows these actors&apos; lanes at full colour:</source>
        <translation>Презентація показує доріжки цих учасників у повному кольорі:</translation>
    </message>
</context>
<context>
    <name>entente::HistoryPanel</name>
    <message>
        <source>event</source>
        <translation>подію</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>учасника</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>era</source>
        <translation>період</translation>
    </message>
    <message>
        <source>story</source>
        <translation>сюжет</translation>
    </message>
    <message>
        <source>link</source>
        <translation>зв’язок</translation>
    </message>
    <message>
        <source>saved view</source>
        <translation>збережений вигляд</translation>
    </message>
    <message>
        <source>graph layout</source>
        <translation>розташування графа</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронологію</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінені поля</translation>
    </message>
    <message>
        <source>added</source>
        <translation>додано</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпортовано</translation>
    </message>
    <message>
        <source>Only a shared database keeps a history of who changed what: File ▸ Open Shared Database…</source>
        <translation>Історію того, хто що змінив, веде лише спільна база даних: Файл ▸ Відкрити спільну базу даних…</translation>
    </message>
    <message>
        <source>Nobody has changed this timeline yet.</source>
        <translation>Цю хронологію ще ніхто не змінював.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Who changed what in the shared timeline</source>
        <translation>Хто що змінив у спільній хронології</translation>
    </message>
</context>
<context>
    <name>entente::IcsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), the first &quot;%1&quot;.</source>
        <translation>
            <numerusform>Пропущено %n подію, датовану раніше 1 року або пізніше 9999 (iCalendar не може записати такі дати), перша — «%1».</numerusform>
            <numerusform>Пропущено %n події, датовані раніше 1 року або пізніше 9999 (iCalendar не може записати такі дати), перша — «%1».</numerusform>
            <numerusform>Пропущено %n подій, датованих раніше 1 року або пізніше 9999 (iCalendar не може записати такі дати), перша — «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportDialog</name>
    <message>
        <source>Stop at the first bad row and import nothing</source>
        <translation>Зупинитися на першому хибному рядку й нічого не імпортувати</translation>
    </message>
    <message>
        <source>TimelineJS groups become tags, not actors</source>
        <translation>Групи TimelineJS стають мітками, а не учасниками</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Імпорт %1 до %2</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>Визначити за вмістом</translation>
    </message>
    <message>
        <source>Recognise from the content (%1)</source>
        <translation>Визначити за вмістом (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Стовпець %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Which of Entente&apos;s fields each column of the file holds. Title and start are needed; a column left out is not imported.</source>
        <translation>Яке поле Entente містить кожен стовпець файлу. Потрібні назва (title) і початок (start); пропущений стовпець не імпортується.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Entente does not recognise this file&apos;s format; choose one.</source>
        <translation>Entente не розпізнає формат цього файлу; виберіть його.</translation>
    </message>
    <message>
        <source>Two columns are read as %1; leave one out.</source>
        <translation>Два стовпці читаються як %1; пропустіть один.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation>Виберіть стовпець із назвою кожної події.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s date (start).</source>
        <translation>Виберіть стовпець із датою кожної події (start).</translation>
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
        <translation>%1, %2, поле «%3»: %4.</translation>
    </message>
</context>
<context>
    <name>entente::ImportExportActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Імпорт до %1</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was added.</source>
        <translation>Імпорт %1 скасовано; нічого не додано.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Only the events the filter shows</source>
        <translation>Лише події, які показує фільтр</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Експортувати як</translation>
    </message>
    <message>
        <source>Entente cannot write the format %1.</source>
        <translation>Entente не вміє записувати формат %1.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано %1.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>цього файлу</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Експорт %1…</translation>
    </message>
    <message>
        <source>Timelines and event lists (%1)</source>
        <translation>Хронології та списки подій (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>This import is too large to undo (%n event(s)); Edit ▸ Undo starts after it.</source>
        <translation>
            <numerusform>Цей імпорт завеликий, щоб його скасувати (%n подія); «Зміни ▸ Скасувати» почнеться після нього.</numerusform>
            <numerusform>Цей імпорт завеликий, щоб його скасувати (%n події); «Зміни ▸ Скасувати» почнеться після нього.</numerusform>
            <numerusform>Цей імпорт завеликий, щоб його скасувати (%n подій); «Зміни ▸ Скасувати» почнеться після нього.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln event(s); building their indexes for search…</source>
        <translation>
            <numerusform>Збережено %Ln подію; будуються індекси для пошуку…</numerusform>
            <numerusform>Збережено %Ln події; будуються індекси для пошуку…</numerusform>
            <numerusform>Збережено %Ln подій; будуються індекси для пошуку…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportSink</name>
    <message>
        <source>an actor&apos;s name is blank</source>
        <translation>назва учасника порожня</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>an event needs a text</source>
        <translation>події потрібен текст</translation>
    </message>
    <message>
        <source>the end %1 is before the start %2</source>
        <translation>кінець %1 раніше за початок %2</translation>
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
        <translation>  %1, поле «%2»: %3
</translation>
    </message>
    <message>
        <source>  ... and %1 more
</source>
        <translation>  ... і ще %1
</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3, %4, %5, %6, %7.
</source>
        <translation>Імпортовано %1 (%2): %3, %4, %5, %6, %7.
</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новий учасник</numerusform>
            <numerusform>%n нові учасники</numerusform>
            <numerusform>%n нових учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to existing actor(s)</source>
        <translation>
            <numerusform>%n зіставлено з наявним учасником</numerusform>
            <numerusform>%n зіставлено з наявними учасниками</numerusform>
            <numerusform>%n зіставлено з наявними учасниками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n джерело</numerusform>
            <numerusform>%n джерела</numerusform>
            <numerusform>%n джерел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n період</numerusform>
            <numerusform>%n періоди</numerusform>
            <numerusform>%n періодів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):
</source>
        <translation>
            <numerusform>Пропущено %n рядок:
</numerusform>
            <numerusform>Пропущено %n рядки:
</numerusform>
            <numerusform>Пропущено %n рядків:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n value(s):
</source>
        <translation>
            <numerusform>Змінено %n значення:
</numerusform>
            <numerusform>Змінено %n значення:
</numerusform>
            <numerusform>Змінено %n значень:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) by --where.
</source>
        <translation>
            <numerusform>Через --where пропущено %n рядок.
</numerusform>
            <numerusform>Через --where пропущено %n рядки.
</numerusform>
            <numerusform>Через --where пропущено %n рядків.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded %n report(s) into events of the same happening.
</source>
        <translation>
            <numerusform>%n повідомлення об’єднано в події про те саме.
</numerusform>
            <numerusform>%n повідомлення об’єднано в події про те саме.
</numerusform>
            <numerusform>%n повідомлень об’єднано в події про те саме.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonDocument</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1 має %2 МБ — більше за 1024 МБ, дозволені для файлу JSON; розділіть його або використайте CSV.</translation>
    </message>
    <message>
        <source>%1 is too large to parse in the memory available.</source>
        <translation>%1 завеликий для розбору в доступній пам’яті.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 не в UTF-8 (можливо, Windows-1252 чи Latin-1); збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON пошкоджений (%1)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>очікувався список</translation>
    </message>
    <message>
        <source>expected text, found a list or an object</source>
        <translation>очікувався текст, а знайдено список чи об’єкт</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» не є цілим числом</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>очікувалося ціле число</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>очікувалося число</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the number %1 is too large (Entente reads numbers a double or a 64-bit integer holds)</source>
        <translation>число %1 завелике (Entente читає числа, які вміщує double або 64-бітне ціле)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не є числом</translation>
    </message>
    <message>
        <source>%1 is not a coordinate between -%2 and %2</source>
        <translation>%1 не є координатою між -%2 і %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 має вкладеність, глибшу за %n рівень, що не потрібно жодній хронології; відхилено.</numerusform>
            <numerusform>%1 має вкладеність, глибшу за %n рівні, що не потрібно жодній хронології; відхилено.</numerusform>
            <numerusform>%1 має вкладеність, глибшу за %n рівнів, що не потрібно жодній хронології; відхилено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonStream</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1 має %2 МБ — більше за 1024 МБ, дозволені для файлу JSON; розділіть його або використайте CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>a value is longer than %1 MB, more than any timeline needs; refused</source>
        <translation>значення довше за %1 МБ — більше, ніж потрібно будь-якій хронології; відхилено</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>очікувалося %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>файл закінчується всередині рядка</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>файл закінчується там, де має бути значення</translation>
    </message>
    <message>
        <source>the file ends inside a list or an object</source>
        <translation>файл закінчується всередині списку чи об’єкта</translation>
    </message>
    <message>
        <source>a bracket is closed by the wrong kind</source>
        <translation>дужку закрито дужкою іншого виду</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>очікувався ключ у лапках</translation>
    </message>
    <message>
        <source>expected a comma or the end of the object</source>
        <translation>очікувалася кома або кінець об’єкта</translation>
    </message>
    <message>
        <source>something follows the end of the object</source>
        <translation>після кінця об’єкта щось є</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>очікувався список</translation>
    </message>
    <message>
        <source>expected a comma or the end of the list</source>
        <translation>очікувалася кома або кінець списку</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON пошкоджений (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 не в UTF-8 (можливо, Windows-1252 чи Latin-1); збережіть його як UTF-8 та імпортуйте знову.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the file is a list; an Entente JSON file is one object</source>
        <translation>файл є списком; файл Entente JSON — це один об’єкт</translation>
    </message>
    <message>
        <source>an Entente JSON file is one object, which begins with &quot;{&quot;</source>
        <translation>файл Entente JSON — це один об’єкт, що починається з «{»</translation>
    </message>
    <message>
        <source>a record of %1 MB, more than the %2 MB any timeline needs; refused</source>
        <translation>запис розміром %1 МБ — більше за %2 МБ, яких вистачає будь-якій хронології; відхилено</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 має вкладеність, глибшу за %n рівень, що не потрібно жодній хронології; відхилено.</numerusform>
            <numerusform>%1 має вкладеність, глибшу за %n рівні, що не потрібно жодній хронології; відхилено.</numerusform>
            <numerusform>%1 має вкладеність, глибшу за %n рівнів, що не потрібно жодній хронології; відхилено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LineReader</name>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the file cannot be read on (%1)</source>
        <translation>файл не вдається читати далі (%1)</translation>
    </message>
    <message>
        <source>the line is longer than 16 MB, more than any event row needs; refused</source>
        <translation>рядок довший за 16 МБ — більше, ніж потрібно будь-якому рядку подій; відхилено</translation>
    </message>
</context>
<context>
    <name>entente::LinkKind</name>
    <message>
        <source>follows</source>
        <translation>слідує за</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>відповідає на</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>спричиняє</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Фільтр</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No file is open&lt;/h2&gt;&lt;p&gt;Open an Entente file (Ctrl+O), start a new one (Ctrl+N) or open the sample from the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Жоден файл не відкрито&lt;/h2&gt;&lt;p&gt;Відкрийте файл Entente (Ctrl+O), створіть новий (Ctrl+N) або відкрийте приклад з меню «Файл».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Граф</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;відкрито&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>New Entente File</source>
        <translation>Новий файл Entente</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Файли Entente (*.entente)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open Entente File</source>
        <translation>Відкрити файл Entente</translation>
    </message>
    <message>
        <source>Entente files (*.entente);;All files (*)</source>
        <translation>Файли Entente (*.entente);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Відкрити &amp;приклад</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Сюжети</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентувати</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Умістити хронологію</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Picture…</source>
        <translation>Експорт &amp;зображення хронології…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>С&amp;кинути розташування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;Про Entente</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it but not change it.</source>
        <translation>%1 доступний лише для читання: його можна читати, але не змінювати.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 уже існує; виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Choose another file than the open one.</source>
        <translation>Виберіть файл, відмінний від відкритого.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Не вдалося записати копію: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Welcome to Entente</source>
        <translation>Ласкаво просимо до Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Entente&lt;/h3&gt;&lt;p&gt;This is the sample, &lt;i&gt;Istanbul talks, 2022–2025&lt;/i&gt;. Things to try:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click an event on the timeline: the Details panel says who took part and &lt;b&gt;who says so&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type &lt;i&gt;Johnson&lt;/i&gt;: every view narrows to his events.&lt;/li&gt;&lt;li&gt;Scroll over the timeline to zoom, drag to pan, press &lt;b&gt;F&lt;/b&gt; to fit it all.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;Graph&lt;/b&gt; and &lt;b&gt;Charts&lt;/b&gt; tabs; drag across the time chart.&lt;/li&gt;&lt;li&gt;Double-click a title in the table to edit it, then &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Help ▸ User Guide has the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ласкаво просимо до Entente&lt;/h3&gt;&lt;p&gt;Це приклад, &lt;i&gt;Стамбульські переговори, 2022–2025&lt;/i&gt;. Що спробувати:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Клацніть подію на хронології: панель «Подробиці» покаже, хто брав участь і &lt;b&gt;хто це стверджує&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Натисніть &lt;b&gt;Ctrl+F&lt;/b&gt; і введіть &lt;i&gt;Johnson&lt;/i&gt;: усі вигляди звузяться до його подій.&lt;/li&gt;&lt;li&gt;Прокручуйте над хронологією, щоб масштабувати, тягніть, щоб зсунути, натисніть &lt;b&gt;F&lt;/b&gt;, щоб умістити все.&lt;/li&gt;&lt;li&gt;Відкрийте вкладки &lt;b&gt;Граф&lt;/b&gt; і &lt;b&gt;Діаграми&lt;/b&gt;; протягніть по часовій діаграмі.&lt;/li&gt;&lt;li&gt;Двічі клацніть назву в таблиці, щоб змінити її, потім &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Решта — у «Довідка ▸ Посібник користувача».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[лише читання]</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Про Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Browse, present and export diplomacy timelines: dated events, the actors in them and the sources that report them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, igraph and simdjson.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Перегляд, презентація та експорт дипломатичних хронологій: датовані події, їхні учасники та джерела, що про них повідомляють.&lt;/p&gt;&lt;p&gt;Зібрано з Qt %2, SQLite, igraph і simdjson.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entente User Guide</source>
        <translation>Посібник користувача Entente</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Посібник користувача не встановлено.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 не пройшов перевірку цілісності: %2</translation>
    </message>
    <message>
        <source>New Events from &amp;Article…</source>
        <translation>Нові події зі &amp;статті…</translation>
    </message>
    <message>
        <source>Open or create a file first: the events go into it.</source>
        <translation>Спершу відкрийте або створіть файл: події потраплять до нього.</translation>
    </message>
    <message>
        <source>Check &amp;Draft Events</source>
        <translation>Перевірити &amp;чернетки подій</translation>
    </message>
    <message numerus="yes">
        <source>%n draft event(s) from articles to check.</source>
        <translation>
            <numerusform>%n чернетка події зі статей для перевірки.</numerusform>
            <numerusform>%n чернетки подій зі статей для перевірки.</numerusform>
            <numerusform>%n чернеток подій зі статей для перевірки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln подія</numerusform>
            <numerusform>%Ln події</numerusform>
            <numerusform>%Ln подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 з %Ln події</numerusform>
            <numerusform>%1 з %Ln подій</numerusform>
            <numerusform>%1 з %Ln подій</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 не відкрито.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Відкрити інший файл…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Відкрити приклад</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>File Not Opened</source>
        <translation>Файл не відкрито</translation>
    </message>
    <message>
        <source>Open Shared &amp;Database…</source>
        <translation>Відкрити спільну &amp;базу даних…</translation>
    </message>
    <message>
        <source>&amp;Keep Time Window</source>
        <translation>&amp;Фіксувати часове вікно</translation>
    </message>
    <message>
        <source>Keep the timeline where it is when the filter changes</source>
        <translation>Не зсувати хронологію, коли змінюється фільтр</translation>
    </message>
    <message>
        <source>Marks by &amp;Grade</source>
        <translation>Позначки за &amp;оцінкою</translation>
    </message>
    <message>
        <source>Opening the shared timeline…</source>
        <translation>Відкриття спільної хронології…</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Сервер просить пароль користувача %1.</translation>
    </message>
    <message>
        <source>You may only read this shared timeline.</source>
        <translation>Цю спільну хронологію ви можете лише читати.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Спільна: %1</translation>
    </message>
    <message>
        <source>connection lost, read-only</source>
        <translation>з’єднання втрачено, лише читання</translation>
    </message>
    <message>
        <source>read-only (viewer)</source>
        <translation>лише читання (глядач)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Your change replaced theirs.</source>
        <translation>Ваша зміна замінила їхню.</translation>
    </message>
    <message>
        <source>fetching an import, read-only</source>
        <translation>надходить імпорт, лише читання</translation>
    </message>
    <message>
        <source>Sorting the table; its rows stay as they are until then.</source>
        <translation>Таблиця сортується; доти її рядки лишаються як були.</translation>
    </message>
</context>
<context>
    <name>entente::NewSourcePanel</name>
    <message>
        <source>New source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>the sentence that says so</source>
        <translation>речення, у якому це сказано</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>&amp;Достовірність</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>entente::OpenSharedDialog</name>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Open Shared Database</source>
        <translation>Відкрити спільну базу даних</translation>
    </message>
    <message>
        <source>A timeline a whole desk edits at once, kept on the newsroom&apos;s PostgreSQL server. Entente keeps no password: it reads yours from ~/.pgpass.</source>
        <translation>Хронологія, яку одночасно редагує вся редакція, зберігається на сервері PostgreSQL редакції. Entente не зберігає паролів: ваш пароль читається з ~/.pgpass.</translation>
    </message>
    <message>
        <source>(choose a recent database)</source>
        <translation>(виберіть недавню базу даних)</translation>
    </message>
    <message>
        <source>Use it when the server offers it (prefer)</source>
        <translation>Використовувати, якщо сервер пропонує (prefer)</translation>
    </message>
    <message>
        <source>Always (require)</source>
        <translation>Завжди (require)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Завжди, з перевіркою сертифіката сервера (verify-full)</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>Ніколи (disable)</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Недавні:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Шифрування (TLS):</translation>
    </message>
    <message>
        <source>The password is used for this connection only and is not saved; to skip this question, put it in ~/.pgpass.</source>
        <translation>Пароль використовується лише для цього з’єднання й не зберігається; щоб це питання не з’являлося, запишіть його в ~/.pgpass.</translation>
    </message>
    <message>
        <source>Recent shared databases</source>
        <translation>Недавні спільні бази даних</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База даних</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Шифрування (TLS)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>entente::PgConnection</name>
    <message>
        <source>cannot be read or written</source>
        <translation>недоступна для читання й запису</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>недоступна для запису</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>недоступна для читання</translation>
    </message>
</context>
<context>
    <name>entente::PgMirror</name>
    <message>
        <source>The shared timeline %1 gave no ids for new rows.</source>
        <translation>Спільна хронологія %1 не видала ідентифікаторів для нових записів.</translation>
    </message>
</context>
<context>
    <name>entente::PictureExportDialog</name>
    <message>
        <source>Show the legend</source>
        <translation>Показати легенду</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Власний</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Висота</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>One line on what the picture shows (optional)</source>
        <translation>Один рядок про те, що показує зображення (необов’язково)</translation>
    </message>
    <message>
        <source>What the reader should know: method, caveats (optional)</source>
        <translation>Що має знати читач: методика, застереження (необов’язково)</translation>
    </message>
    <message>
        <source>Left empty: the sources of the events shown</source>
        <translation>Якщо порожньо — джерела показаних подій</translation>
    </message>
    <message>
        <source>Graphic: your name (optional)</source>
        <translation>Графіка: ваше ім’я (необов’язково)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Розмір:</translation>
    </message>
    <message>
        <source>Width, height, scale:</source>
        <translation>Ширина, висота, масштаб:</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Рядок джерел:</translation>
    </message>
    <message>
        <source>Byline:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>File (.png, .svg, .pdf):</source>
        <translation>Файл (.png, .svg, .pdf):</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>entente::PictureWriter</name>
    <message>
        <source>Cannot export to %1: the size %2×%3 (scale %4) is too small or too large.</source>
        <translation>Не вдається експортувати до %1: розмір %2×%3 (масштаб %4) замалий або завеликий.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .png, .svg or .pdf.</source>
        <translation>Не вдається експортувати до %1: назва має закінчуватися на .png, .svg або .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>тека доступна лише для читання</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>такої теки немає</translation>
    </message>
    <message>
        <source>Cannot export to %1: not enough memory for %2×%3 pixels.</source>
        <translation>Не вдається експортувати до %1: бракує пам’яті для %2×%3 пікселів.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>Не вдається записати %1: можливо, диск заповнений.</translation>
    </message>
</context>
<context>
    <name>entente::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Презентація</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Відфільтровані події</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти до %1</translation>
    </message>
</context>
<context>
    <name>entente::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Вигляд доповідача</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Немає кроків</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Крок %1 / %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Для цього кроку немає нотатки.)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далі: %1</translation>
    </message>
    <message>
        <source>Next: the end of the story.</source>
        <translation>Далі: кінець сюжету.</translation>
    </message>
</context>
<context>
    <name>entente::ProposalWriter</name>
    <message>
        <source>The file is open read-only.</source>
        <translation>Файл відкрито лише для читання.</translation>
    </message>
    <message numerus="yes">
        <source>New events from %n article(s)</source>
        <translation>
            <numerusform>Нові події з %n статті</numerusform>
            <numerusform>Нові події з %n статей</numerusform>
            <numerusform>Нові події з %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Невідоме видання</translation>
    </message>
    <message>
        <source>%1 (as of %2, from &quot;%3&quot;)</source>
        <translation>%1 (станом на %2, з «%3»)</translation>
    </message>
</context>
<context>
    <name>entente::Publication</name>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more</source>
        <translation>
            <numerusform>Джерела: %1 і ще %n</numerusform>
            <numerusform>Джерела: %1 і ще %n</numerusform>
            <numerusform>Джерела: %1 і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Слайд (1920 × 1080)</translation>
    </message>
    <message>
        <source>Social card (1200 × 675)</source>
        <translation>Картка для соцмереж (1200 × 675)</translation>
    </message>
    <message>
        <source>Portrait post (1080 × 1350)</source>
        <translation>Вертикальний допис (1080 × 1350)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 альбомна, 300 dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 книжкова, 300 dpi</translation>
    </message>
</context>
<context>
    <name>entente::RangeSlider</name>
    <message>
        <source>Date range</source>
        <translation>Проміжок дат</translation>
    </message>
</context>
<context>
    <name>entente::RecordForms</name>
    <message>
        <source>Edit Source</source>
        <translation>Редагувати джерело</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Нове джерело</translation>
    </message>
    <message>
        <source>Edit Era</source>
        <translation>Редагувати період</translation>
    </message>
    <message>
        <source>New Era</source>
        <translation>Новий період</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Початок</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Кінець</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Колір</translation>
    </message>
    <message>
        <source>The era needs a name.</source>
        <translation>Періоду потрібна назва.</translation>
    </message>
    <message>
        <source>Both dates are needed, as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Потрібні обидві дати, як 2022, 2022-03 або 2022-03-29.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Кінець раніше за початок.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour.</source>
        <translation>«%1» не є кольором.</translation>
    </message>
    <message>
        <source>Link Events</source>
        <translation>Пов’язати події</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Ця подія</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Зв’язок</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>&amp;Інша подія</translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation>Виберіть іншу подію.</translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Об’єднати учасників</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Залишити</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Приєднати до нього</translation>
    </message>
    <message>
        <source>The second actor&apos;s events, roles, aliases and titles move to the first; its name becomes an alias. One step to undo.</source>
        <translation>Події, ролі, інші імена та посади другого учасника переходять до першого; його назва стає іншим ім’ям. Скасовується одним кроком.</translation>
    </message>
    <message>
        <source>Choose two actors.</source>
        <translation>Виберіть двох учасників.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Виберіть двох різних учасників.</translation>
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
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Export width</source>
        <translation>Ширина експорту</translation>
    </message>
    <message>
        <source>Export height</source>
        <translation>Висота експорту</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Розмір шрифту</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>A new language applies when Entente next starts.</source>
        <translation>Нова мова застосовується після перезапуску Entente.</translation>
    </message>
    <message>
        <source>Default &amp;export size</source>
        <translation>Типовий розмір &amp;експорту</translation>
    </message>
</context>
<context>
    <name>entente::SharedOpener</name>
    <message numerus="yes">
        <source>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln record(s)…</source>
        <translation>
            <numerusform>Копіювання %1 на цей комп’ютер (лише під час першого відкриття тут):
%2 з %Ln запису…</numerusform>
            <numerusform>Копіювання %1 на цей комп’ютер (лише під час першого відкриття тут):
%2 з %Ln записів…</numerusform>
            <numerusform>Копіювання %1 на цей комп’ютер (лише під час першого відкриття тут):
%2 з %Ln записів…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the copy of %1 for search and browsing:
step %2 of %3…</source>
        <translation>Підготовка копії %1 до пошуку й перегляду:
крок %2 з %3…</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1…</source>
        <translation>Відкриття спільної хронології %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Open Shared Timeline</source>
        <translation>Відкрити спільну хронологію</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Зупинення…</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити спільну хронологію %1: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped.</source>
        <translation>Відкриття спільної хронології %1 зупинено.</translation>
    </message>
    <message>
        <source>Fetching the starting copy of %1 to this computer, the first time it is opened here:
%2 of %3 MB…</source>
        <translation>Отримання початкової копії %1 на цей комп’ютер (лише при першому відкритті тут):
%2 з %3 МБ…</translation>
    </message>
</context>
<context>
    <name>entente::SharedSession</name>
    <message>
        <source>What is on screen stays, read-only, until it is back.</source>
        <translation>Те, що на екрані, залишається доступним лише для читання, доки з’єднання не відновиться.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline is back.</source>
        <translation>З’єднання зі спільною хронологією відновлено.</translation>
    </message>
    <message>
        <source>%1 changed the shared timeline.</source>
        <translation>Користувач %1 змінив спільну хронологію.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>Користувач %1 додав %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>Користувач %1 видалив %2</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>Користувач %1 змінив %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(і ще %n)</numerusform>
            <numerusform>(і ще %n)</numerusform>
            <numerusform>(і ще %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %Ln event(s): fetching them; the timeline is read-only until they are in.</source>
        <translation>
            <numerusform>%1 імпортує %Ln подію: вона надходить; доти хронологія лише для читання.</numerusform>
            <numerusform>%1 імпортує %Ln події: вони надходять; доти хронологія лише для читання.</numerusform>
            <numerusform>%1 імпортує %Ln подій: вони надходять; доти хронологія лише для читання.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1’s import is in: %Ln event(s).</source>
        <translation>
            <numerusform>Імпорт від %1 надійшов: %Ln подія.</numerusform>
            <numerusform>Імпорт від %1 надійшов: %Ln події.</numerusform>
            <numerusform>Імпорт від %1 надійшов: %Ln подій.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1’s import is in.</source>
        <translation>Імпорт від %1 надійшов.</translation>
    </message>
    <message>
        <source>An import by %1 is being fetched; the timeline is read-only until it is in.</source>
        <translation>Імпорт від %1 надходить; доти хронологія лише для читання.</translation>
    </message>
</context>
<context>
    <name>entente::SharedTimeline</name>
    <message>
        <source>%1 was made by an older Entente; open it once in this Entente (which brings it up to date), then copy it.</source>
        <translation>%1 створено старішою версією Entente; відкрийте його один раз у цій версії Entente (це його оновить), а потім скопіюйте.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Копіювання скасовано; нічого не скопійовано.</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file.</source>
        <translation>%1 уже існує; копіюйте в новий файл.</translation>
    </message>
    <message>
        <source>The database %1 holds no Entente timeline.</source>
        <translation>База даних %1 не містить хронології Entente.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Спільну хронологію %1 створила старіша версія Entente; її власник може оновити її командою «entente init».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be written to.</source>
        <translation>Не вдається записати %1: до його теки не можна записувати.</translation>
    </message>
    <message>
        <source>entente copy copies between a file and a database: one of the two must be a postgresql:// address and the other a file.</source>
        <translation>entente copy копіює між файлом і базою даних: одне з двох має бути адресою postgresql://, а інше — файлом.</translation>
    </message>
    <message>
        <source>%1 is a file, not a shared timeline: only a shared timeline has a starting copy to publish.</source>
        <translation>%1 — це файл, а не спільна хронологія: початкову копію можна опублікувати лише для спільної хронології.</translation>
    </message>
    <message>
        <source>The starting copy of %1 cannot be made: %2.</source>
        <translation>Не вдається створити початкову копію %1: %2.</translation>
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
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
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
        <translation>2022-03-29, 2022-03 або 2022</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Видання</translation>
    </message>
    <message>
        <source>&amp;Headline</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>&amp;Автор</translation>
    </message>
    <message>
        <source>Pu&amp;blished</source>
        <translation>&amp;Опубліковано</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Посилання</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надійність</translation>
    </message>
    <message>
        <source>A source needs an outlet or a headline.</source>
        <translation>Джерелу потрібне видання або заголовок.</translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation>Посилання має починатися з http:// або https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» — не дата.</translation>
    </message>
    <message>
        <source>– not graded</source>
        <translation>– без оцінки</translation>
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
        <translation>Події</translation>
    </message>
    <message numerus="yes">
        <source>Claim status of %n event(s)</source>
        <translation>
            <numerusform>Статус твердження для %n події</numerusform>
            <numerusform>Статус твердження для %n подій</numerusform>
            <numerusform>Статус твердження для %n подій</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Store</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Немає об’єкта «%1» з id %2.</translation>
    </message>
    <message>
        <source>An event needs a valid start date.</source>
        <translation>Події потрібна правильна дата початку.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>Учасник з назвою %1 уже існує.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Учасника не можна об’єднати з самим собою.</translation>
    </message>
    <message>
        <source>An era needs a start and an end after it.</source>
        <translation>Періоду потрібні початок і пізніший за нього кінець.</translation>
    </message>
    <message>
        <source>There is already an event with the id %1.</source>
        <translation>Подія з id %1 уже існує.</translation>
    </message>
    <message>
        <source>A file in memory has no second connection.</source>
        <translation>Файл у пам’яті не має другого з’єднання.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: its folder %2 cannot be written to, and Entente keeps two files beside an open file (-wal, -shm). Move it to a folder you can write to.</source>
        <translation>Тут не можна записувати до %1: до його теки %2 не можна записувати, а Entente тримає поруч із відкритим файлом ще два файли (-wal, -shm). Перемістіть його до теки, у яку можна записувати.</translation>
    </message>
    <message>
        <source>%1 is read-only: Entente cannot write to it.</source>
        <translation>%1 доступний лише для читання: Entente не може до нього записувати.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>Не вдається створити %1: теки %2 не існує.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder %2 cannot be written to.</source>
        <translation>Не вдається створити %1: до його теки %2 не можна записувати.</translation>
    </message>
    <message>
        <source>%1 is being created by another Entente window or import; try again when it has finished.</source>
        <translation>%1 зараз створюється іншим вікном Entente або імпортом; спробуйте знову, коли це завершиться.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>Не вдається створити %1: %2.</translation>
    </message>
    <message>
        <source>%1 is read-only and in an older file format that needs upgrading first.</source>
        <translation>%1 доступний лише для читання і має старіший формат, який спершу треба оновити.</translation>
    </message>
    <message>
        <source>%1 opened read-only: its folder %2 cannot be written to, and Entente keeps two files beside a file it changes (-wal, -shm).</source>
        <translation>%1 відкрито лише для читання: до його теки %2 не можна записувати, а Entente тримає поруч із файлом, який змінює, ще два файли (-wal, -shm).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити %1: %2.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window.</source>
        <translation>%1 відкрито в іншому вікні Entente.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window: opened read-only.</source>
        <translation>%1 відкрито в іншому вікні Entente: відкрито лише для читання.</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Спільну хронологію %1 ви можете лише читати.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 відкрито лише для читання.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>Не вдається змінити %1: %2.</translation>
    </message>
    <message>
        <source>%1: the change could not be saved: %2.</source>
        <translation>%1: не вдалося зберегти зміну: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder %2 cannot be written to.</source>
        <translation>Не вдається записати %1: до його теки %2 не можна записувати.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2.</source>
        <translation>Не вдається замінити %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: opened read-only; some events may be missing or fail to show.</source>
        <translation>%1 пошкоджено: відкрито лише для читання; деяких подій може бракувати або вони не відображатимуться.</translation>
    </message>
    <message>
        <source>%1 is too damaged to read: %2.</source>
        <translation>%1 пошкоджено надто сильно, щоб прочитати: %2.</translation>
    </message>
    <message>
        <source>%1 exists already; recover into a new file.</source>
        <translation>%1 уже існує; відновлюйте в новий файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2.</source>
        <translation>%1 не вдається прочитати зовсім: %2.</translation>
    </message>
    <message>
        <source>%1 was made by another program while recovering; recover into a new file.</source>
        <translation>%1 створила інша програма під час відновлення; відновлюйте в новий файл.</translation>
    </message>
    <message>
        <source>Recovering %1 was cancelled; nothing was written.</source>
        <translation>Відновлення %1 скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>Recovering %1 failed: %2.</source>
        <translation>Не вдалося відновити %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заповнений</translation>
    </message>
    <message>
        <source>the file is damaged: part of it cannot be read</source>
        <translation>файл пошкоджено: частину його не вдається прочитати</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written to</source>
        <translation>до файлу або його теки не можна записувати</translation>
    </message>
    <message>
        <source>the file, or the files Entente keeps beside it while it is open (-wal, -shm), cannot be opened; check that its folder exists and can be written to</source>
        <translation>не вдається відкрити файл або файли, які Entente тримає поруч із ним, поки він відкритий (-wal, -shm); перевірте, що його тека існує і до неї можна записувати</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>доступ заборонено</translation>
    </message>
    <message>
        <source>another program is writing to the file</source>
        <translation>інша програма записує у файл</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>диск повідомив про помилку читання або запису</translation>
    </message>
    <message>
        <source>there was not enough memory</source>
        <translation>забракло пам’яті</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>операцію перервано</translation>
    </message>
    <message>
        <source>a value is too large to store</source>
        <translation>значення завелике, щоб його зберегти</translation>
    </message>
    <message>
        <source>a record conflicts with one the file holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>запис конфліктує з наявним у файлі (той самий id чи назва двічі або посилання на запис, якого немає)</translation>
    </message>
    <message>
        <source>another program holds the file in a way Entente cannot share</source>
        <translation>інша програма утримує файл так, що Entente не може користуватися ним спільно</translation>
    </message>
    <message>
        <source>the file&apos;s tables are not as Entente made them (database error %1)</source>
        <translation>таблиці файлу не такі, якими їх створила Entente (помилка бази даних %1)</translation>
    </message>
</context>
<context>
    <name>entente::Stories</name>
    <message numerus="yes">
        <source>The first %1 of %n filtered event(s)</source>
        <translation>
            <numerusform>Перші %1 з %n відфільтрованої події</numerusform>
            <numerusform>Перші %1 з %n відфільтрованих подій</numerusform>
            <numerusform>Перші %1 з %n відфільтрованих подій</numerusform>
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
        <translation>Не вдається записати %1.</translation>
    </message>
    <message>
        <source>This story has no steps.</source>
        <translation>У цьому сюжеті немає кроків.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 не вдалося записати повністю.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 не є форматом роздатки сюжету; використайте один із: %2.</translation>
    </message>
</context>
<context>
    <name>entente::StoryPanel</name>
    <message>
        <source>Stories</source>
        <translation>Сюжети</translation>
    </message>
    <message>
        <source>The story to edit and present</source>
        <translation>Сюжет для редагування й показу</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Create a story</source>
        <translation>Створити сюжет</translation>
    </message>
    <message>
        <source>From the Filtered Events</source>
        <translation>З відфільтрованих подій</translation>
    </message>
    <message>
        <source>From the Selected Event</source>
        <translation>З вибраної події</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Rename this story</source>
        <translation>Перейменувати цей сюжет</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Delete this story (undoable)</source>
        <translation>Видалити цей сюжет (можна скасувати)</translation>
    </message>
    <message>
        <source>Drag steps to reorder them</source>
        <translation>Перетягуйте кроки, щоб змінити їхній порядок</translation>
    </message>
    <message>
        <source>Add Selected Event</source>
        <translation>Додати вибрану подію</translation>
    </message>
    <message>
        <source>Add the selected event as the last step</source>
        <translation>Додати вибрану подію останнім кроком</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Вилучити крок</translation>
    </message>
    <message>
        <source>Remove this step from the story</source>
        <translation>Вилучити цей крок із сюжету</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Презентувати</translation>
    </message>
    <message>
        <source>Present this story full screen (F5)</source>
        <translation>Показати цей сюжет на весь екран (F5)</translation>
    </message>
    <message>
        <source>Note (what you will say):</source>
        <translation>Нотатка (що ви скажете):</translation>
    </message>
    <message>
        <source>Select a step to write its note.</source>
        <translation>Виберіть крок, щоб написати до нього нотатку.</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Перейменувати сюжет</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Новий сюжет</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>What the presentation shows for this step</source>
        <translation>Що презентація показує на цьому кроці</translation>
    </message>
    <message>
        <source>Set Camera from Current View</source>
        <translation>Камера з поточного вигляду</translation>
    </message>
    <message>
        <source>This step shows the timeline&apos;s window now and highlights the actors in view</source>
        <translation>Цей крок показує поточне вікно хронології й виділяє видимих учасників</translation>
    </message>
    <message>
        <source>Highlight Actors…</source>
        <translation>Виділити учасників…</translation>
    </message>
    <message>
        <source>Frame the Event</source>
        <translation>Кадрувати подію</translation>
    </message>
    <message numerus="yes">
        <source>New story: the first %1 of %n event(s)</source>
        <translation>
            <numerusform>Нова історія: перші %1 з %n події</numerusform>
            <numerusform>Нова історія: перші %1 з %n подій</numerusform>
            <numerusform>Нова історія: перші %1 з %n подій</numerusform>
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
        <translation>«%1»</translation>
    </message>
    <message>
        <source>This story has no steps.</source>
        <translation>У цьому сюжеті немає кроків.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Відфільтровані події</translation>
    </message>
    <message>
        <source>Notes · step %1 / %2</source>
        <translation>Нотатки · крок %1 / %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Для цього кроку немає нотатки.)</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>ДАЛІ</translation>
    </message>
    <message>
        <source>The end of the story.</source>
        <translation>Кінець сюжету.</translation>
    </message>
    <message>
        <source>Says: %1</source>
        <translation>Повідомляє: %1</translation>
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
        <translation>(видалена подія)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  [own camera]</source>
        <translation>  [своя камера]</translation>
    </message>
</context>
<context>
    <name>entente::TimeBucket</name>
    <message>
        <source>%1 BCE</source>
        <translation>%1 до н. е.</translation>
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
        <translation>%1 кв. %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first year, last year</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1-ті</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>week</source>
        <translation>тиждень</translation>
    </message>
    <message>
        <source>month</source>
        <translation>місяць</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>year</source>
        <translation>рік</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>десятиліття</translation>
    </message>
</context>
<context>
    <name>entente::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>%1 до н. е.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineBuildStatus</name>
    <message>
        <source>Indexing events…</source>
        <translation>Індексування подій…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop indexing; the timeline stays as it was</source>
        <translation>Зупинити індексування; хронологія залишиться такою, як була</translation>
    </message>
    <message>
        <source>Indexing cancelled: the timeline may be out of date.</source>
        <translation>Індексування скасовано: хронологія може бути застарілою.</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Індексувати знову</translation>
    </message>
</context>
<context>
    <name>entente::TimelineExportDialog</name>
    <message>
        <source>The window in view</source>
        <translation>Видиме вікно</translation>
    </message>
    <message>
        <source>The whole span</source>
        <translation>Увесь проміжок</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Експорт хронології</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показати:</translation>
    </message>
</context>
<context>
    <name>entente::TimelineImporter</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
    <message>
        <source>the XML is malformed (%1)</source>
        <translation>XML пошкоджений (%1)</translation>
    </message>
    <message>
        <source>this is not a Timeline file (its root element is not &lt;timeline&gt;)</source>
        <translation>це не файл Timeline (його кореневий елемент не &lt;timeline&gt;)</translation>
    </message>
    <message>
        <source>this Timeline file counts time as &quot;%1&quot;, not in calendar dates; Entente keeps calendar dates only</source>
        <translation>цей файл Timeline лічить час як «%1», а не календарними датами; Entente зберігає лише календарні дати</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsCsvImporter</name>
    <message>
        <source>line 1</source>
        <translation>рядок 1</translation>
    </message>
    <message>
        <source>the header lacks this column of the TimelineJS template</source>
        <translation>у заголовку немає цього стовпця шаблону TimelineJS</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>слайду потрібен рік початку</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не вдається записати %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не вдалося записати повністю: %2.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsImporter</name>
    <message>
        <source>an era needs an end date</source>
        <translation>періоду потрібна дата кінця</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>період закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>a TimelineJS file is an object with a list of events</source>
        <translation>файл TimelineJS — це об’єкт зі списком подій</translation>
    </message>
    <message>
        <source>this is a cosmological TimelineJS timeline (dates in millions of years); Entente keeps calendar dates only</source>
        <translation>це космологічна хронологія TimelineJS (дати в мільйонах років); Entente зберігає лише календарні дати</translation>
    </message>
</context>
<context>
    <name>entente::TimelineLanes</name>
    <message>
        <source>No actor</source>
        <translation>Без учасника</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Без типу</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actor(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ще %n учасник, з меншою кількістю подій у видимому проміжку, не показаний</numerusform>
            <numerusform>Ще %n учасники, з меншою кількістю подій у видимому проміжку, не показані</numerusform>
            <numerusform>Ще %n учасників, з меншою кількістю подій у видимому проміжку, не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ще %n тип, з меншою кількістю подій у видимому проміжку, не показаний</numerusform>
            <numerusform>Ще %n типи, з меншою кількістю подій у видимому проміжку, не показані</numerusform>
            <numerusform>Ще %n типів, з меншою кількістю подій у видимому проміжку, не показано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ще %n доріжка, з меншою кількістю подій у видимому проміжку, не показана</numerusform>
            <numerusform>Ще %n доріжки, з меншою кількістю подій у видимому проміжку, не показані</numerusform>
            <numerusform>Ще %n доріжок, з меншою кількістю подій у видимому проміжку, не показано</numerusform>
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
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Доріжки</translation>
    </message>
    <message>
        <source>One per actor</source>
        <translation>Одна на учасника</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>За типом</translation>
    </message>
    <message>
        <source>By claim status</source>
        <translation>За статусом твердження</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Одна доріжка</translation>
    </message>
    <message>
        <source>Order lanes</source>
        <translation>Порядок доріжок</translation>
    </message>
    <message>
        <source>By first appearance</source>
        <translation>За першою появою</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>За активністю</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>За назвою</translation>
    </message>
    <message>
        <source>Expand all lanes</source>
        <translation>Розгорнути всі доріжки</translation>
    </message>
    <message>
        <source>Fit all	F</source>
        <translation>Умістити все	F</translation>
    </message>
    <message>
        <source>Zoom to selection	Z</source>
        <translation>Наблизити до вибраного	Z</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Темна тема</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated no more precisely than this span</source>
        <translation>
            <numerusform>%n подія, датована не точніше за цей проміжок</numerusform>
            <numerusform>%n події, датовані не точніше за цей проміжок</numerusform>
            <numerusform>%n подій, датованих не точніше за цей проміжок</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>і ще %1</translation>
    </message>
    <message>
        <source>Click to pick one, double-click to zoom in</source>
        <translation>Клацніть, щоб вибрати одну, двічі — щоб наблизити</translation>
    </message>
    <message>
        <source>Click to pick one</source>
        <translation>Клацніть, щоб вибрати одну</translation>
    </message>
    <message>
        <source>and %1 more: double-click to zoom in</source>
        <translation>і ще %1: двічі клацніть, щоб наблизити</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) at %1</source>
        <translation>
            <numerusform>%Ln подія, %1</numerusform>
            <numerusform>%Ln події, %1</numerusform>
            <numerusform>%Ln подій, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 to %2</source>
        <translation>
            <numerusform>%Ln подія, з %1 до %2</numerusform>
            <numerusform>%Ln події, з %1 до %2</numerusform>
            <numerusform>%Ln подій, з %1 до %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: %1 (%2)</source>
        <translation>Оцінка: %1 (%2)</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>статус твердження</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>цифри</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>хто брав участь</translation>
    </message>
    <message>
        <source>The sources&apos; accounts differ on: %1</source>
        <translation>Версії джерел розходяться щодо: %1</translation>
    </message>
</context>
<context>
    <name>entente::UcdpImporter</name>
    <message>
        <source>line %1</source>
        <translation>рядок %1</translation>
    </message>
</context>
<context>
    <name>entente::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Команди:</translation>
    </message>
    <message>
        <source>Browse, present and export diplomacy timelines.

%1
Run `entente COMMAND --help` for a command&apos;s options.</source>
        <translation>Перегляд, презентація та експорт дипломатичних хронологій.

%1
Параметри команди: `entente COMMAND --help`.</translation>
    </message>
    <message>
        <source>An Entente file to open.</source>
        <translation>Файл Entente, який відкрити.</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it to PNG and quit.</source>
        <translation>Відкрити вікно, зберегти його зображення в PNG і вийти.</translation>
    </message>
    <message>
        <source>Window size, WxH.</source>
        <translation>Розмір вікна, ШxВ.</translation>
    </message>
    <message>
        <source>Start, open the file or sample, and quit.</source>
        <translation>Запуститися, відкрити файл чи приклад і вийти.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не вдається записати %1</translation>
    </message>
    <message>
        <source>unknown command %1; see entente --help</source>
        <translation>невідома команда %1; див. entente --help</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset to a new Entente file.</source>
        <translation>Записати вбудований приклад даних у новий файл Entente.</translation>
    </message>
    <message>
        <source>Print counts, date span and schema version of an Entente file.</source>
        <translation>Вивести кількості, проміжок дат і версію схеми файлу Entente.</translation>
    </message>
    <message>
        <source>Import files (Entente JSON, CSV, TimelineJS, ACLED, Timeline) into an Entente file.</source>
        <translation>Імпортувати файли (Entente JSON, CSV, TimelineJS, ACLED, Timeline) до файлу Entente.</translation>
    </message>
    <message>
        <source>Export an Entente file or a filtered selection (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</source>
        <translation>Експортувати файл Entente або відфільтровану вибірку (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</translation>
    </message>
    <message>
        <source>Draw a view (timeline, graph or a chart) of an Entente file to PNG, SVG or PDF.</source>
        <translation>Намалювати вигляд (хронологію, граф або діаграму) файлу Entente у PNG, SVG або PDF.</translation>
    </message>
    <message>
        <source>Present a story (or every event) full screen, for teaching.</source>
        <translation>Показати сюжет (або всі події) на весь екран, для навчання.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показати цю довідку.</translation>
    </message>
    <message>
        <source>The Entente file to export from.</source>
        <translation>Файл Entente, з якого експортувати.</translation>
    </message>
    <message>
        <source>The format to write: %1.</source>
        <translation>Формат запису: %1.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл, який записати.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or later.</source>
        <translation>Лише події, що перетинаються з цією датою або пізніші.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or earlier.</source>
        <translation>Лише події, що перетинаються з цією датою або раніші.</translation>
    </message>
    <message>
        <source>Only events with this actor (a name or an alias).</source>
        <translation>Лише події з цим учасником (назва або інше ім’я).</translation>
    </message>
    <message>
        <source>Only events of this kind.</source>
        <translation>Лише події цього типу.</translation>
    </message>
    <message>
        <source>Only events with this claim status.</source>
        <translation>Лише події з цим статусом твердження.</translation>
    </message>
    <message>
        <source>Only events matching this text.</source>
        <translation>Лише події, що відповідають цьому тексту.</translation>
    </message>
    <message>
        <source>Export this story as a handout instead: --format pdf, pdf-list or timelinejs.</source>
        <translation>Натомість експортувати цей сюжет як роздатку: --format pdf, pdf-list або timelinejs.</translation>
    </message>
    <message>
        <source>Export an Entente file, or the events a filter selects.</source>
        <translation>Експортувати файл Entente або події, які вибирає фільтр.</translation>
    </message>
    <message>
        <source>export needs a file, a format and an output: entente export DB --format F -o OUT</source>
        <translation>export потребує файл, формат і вихід: entente export DB --format F -o OUT</translation>
    </message>
    <message>
        <source>%1 is not an export format; use one of %2.</source>
        <translation>%1 не є форматом експорту; використайте один із: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write 2022, 2022-03 or 2022-03-29).</source>
        <translation>--%1: «%2» не є датою (пишіть 2022, 2022-03 або 2022-03-29).</translation>
    </message>
    <message>
        <source>--actor: no actor is named or also known as &quot;%1&quot;.</source>
        <translation>--actor: немає учасника з назвою чи іншим ім’ям «%1».</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied).</source>
        <translation>--status: «%1» не є статусом твердження (confirmed, reported, alleged, disputed, denied).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Файли для імпорту.</translation>
    </message>
    <message>
        <source>The files&apos; format: %1 (guessed from the content when absent).</source>
        <translation>Формат файлів: %1 (якщо не вказано, визначається за вмістом).</translation>
    </message>
    <message>
        <source>Stop at the first bad row and import nothing.</source>
        <translation>Зупинитися на першому хибному рядку й нічого не імпортувати.</translation>
    </message>
    <message>
        <source>TimelineJS: make each slide&apos;s group a tag instead of an actor lane.</source>
        <translation>TimelineJS: робити групу кожного слайда міткою, а не доріжкою учасника.</translation>
    </message>
    <message>
        <source>CSV: read the file&apos;s column COLUMN as ours (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); repeatable.</source>
        <translation>CSV: читати стовпець файлу COLUMN як наш (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); можна повторювати.</translation>
    </message>
    <message>
        <source>import needs files and a target: entente import FILE... --into DB [--format F] [--strict]</source>
        <translation>import потребує файли й ціль: entente import FILE... --into DB [--format F] [--strict]</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 не є форматом імпорту; використайте один із: %2.</translation>
    </message>
    <message>
        <source>--map takes FILE_COLUMN=OUR_COLUMN, not &quot;%1&quot;.</source>
        <translation>--map приймає FILE_COLUMN=OUR_COLUMN, а не «%1».</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>імпорт... %1%</translation>
    </message>
    <message>
        <source>An Entente file.</source>
        <translation>Файл Entente.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вивести один об’єкт JSON.</translation>
    </message>
    <message>
        <source>Describe an Entente file.</source>
        <translation>Описати файл Entente.</translation>
    </message>
    <message>
        <source>info needs one file: entente info FILE [--json]</source>
        <translation>info потребує один файл: entente info FILE [--json]</translation>
    </message>
    <message>
        <source>The Entente file to present from.</source>
        <translation>Файл Entente, з якого показувати.</translation>
    </message>
    <message>
        <source>The story to present; without it, every event in date order.</source>
        <translation>Сюжет для показу; без нього — усі події за датою.</translation>
    </message>
    <message>
        <source>The screen to present on, counted from 0 (the primary by default).</source>
        <translation>Екран для показу, рахуючи від 0 (типово — основний).</translation>
    </message>
    <message>
        <source>Use the high-contrast theme.</source>
        <translation>Використати висококонтрастну тему.</translation>
    </message>
    <message>
        <source>Scale the type, 0.6 to 2 (1 by default).</source>
        <translation>Масштаб шрифту, від 0.6 до 2 (типово 1).</translation>
    </message>
    <message>
        <source>Draw one step to PNG instead of presenting, and quit.</source>
        <translation>Намалювати один крок у PNG замість показу й вийти.</translation>
    </message>
    <message>
        <source>With --screenshot: the step to draw, from 1.</source>
        <translation>З --screenshot: крок, який намалювати, від 1.</translation>
    </message>
    <message>
        <source>With --screenshot: WxH (1920x1080 by default).</source>
        <translation>З --screenshot: ШxВ (типово 1920x1080).</translation>
    </message>
    <message>
        <source>Present a story full screen.</source>
        <translation>Показати сюжет на весь екран.</translation>
    </message>
    <message>
        <source>present needs one file: entente present DB [--story NAME]</source>
        <translation>present потребує один файл: entente present DB [--story NAME]</translation>
    </message>
    <message>
        <source>--story: no story is named &quot;%1&quot;.</source>
        <translation>--story: немає сюжету з назвою «%1».</translation>
    </message>
    <message>
        <source>--font-scale: give a number from 0.6 to 2.</source>
        <translation>--font-scale: вкажіть число від 0.6 до 2.</translation>
    </message>
    <message>
        <source>There is nothing to present: the story has no steps.</source>
        <translation>Нема чого показувати: у сюжеті немає кроків.</translation>
    </message>
    <message>
        <source>Bad --size %1: write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>Хибний --size %1: пишіть ШИРИНАxВИСОТА, напр. 1920x1080.</translation>
    </message>
    <message>
        <source>--step: give a number from 1 to %1.</source>
        <translation>--step: вкажіть число від 1 до %1.</translation>
    </message>
    <message>
        <source>present needs a display; use --screenshot to draw a step without one.</source>
        <translation>present потребує дисплей; без нього використайте --screenshot, щоб намалювати крок.</translation>
    </message>
    <message>
        <source>--screen: give a number from 0 to %1.</source>
        <translation>--screen: вкажіть число від 0 до %1.</translation>
    </message>
    <message>
        <source>Unknown lane mode %1: use actors, kind, status or single.</source>
        <translation>Невідомий режим доріжок %1: використайте actors, kind, status або single.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to має бути пізніше за --from.</translation>
    </message>
    <message>
        <source>Unknown graph mode %1: use actors or bipartite.</source>
        <translation>Невідомий режим графа %1: використайте actors або bipartite.</translation>
    </message>
    <message>
        <source>Unknown graph metric %1: use degree, weighted, betweenness or community.</source>
        <translation>Невідома метрика графа %1: використайте degree, weighted, betweenness або community.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Файл, який записати: .png, .svg або .pdf.</translation>
    </message>
    <message>
        <source>Draw a view of an Entente file to PNG, SVG or PDF.</source>
        <translation>Намалювати вигляд файлу Entente у PNG, SVG або PDF.</translation>
    </message>
    <message>
        <source>render needs one file: entente render FILE --view timeline -o OUT.png</source>
        <translation>render потребує один файл: entente render FILE --view timeline -o OUT.png</translation>
    </message>
    <message>
        <source>render needs an output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render потребує вихідний файл: -o OUT.png, OUT.svg або OUT.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: the name must end in .png, .svg or .pdf.</source>
        <translation>Не вдається записати %1: назва має закінчуватися на .png, .svg або .pdf.</translation>
    </message>
    <message>
        <source>Bad --scale %1: give a number between 0 and 16.</source>
        <translation>Хибний --scale %1: вкажіть число між 0 і 16.</translation>
    </message>
    <message>
        <source>Unknown theme %1: use light or dark.</source>
        <translation>Невідома тема %1: використайте light або dark.</translation>
    </message>
    <message>
        <source>Bad --%1 date %2: write 2022, 2022-03 or 2022-03-29.</source>
        <translation>Хибна дата --%1 %2: пишіть 2022, 2022-03 або 2022-03-29.</translation>
    </message>
    <message>
        <source>No actor named %1 in %2.</source>
        <translation>У %2 немає учасника з назвою %1.</translation>
    </message>
    <message>
        <source>Unknown status %1: use confirmed, reported, alleged, disputed or denied.</source>
        <translation>Невідомий статус %1: використайте confirmed, reported, alleged, disputed або denied.</translation>
    </message>
    <message>
        <source>Unknown view %1: use %2.</source>
        <translation>Невідомий вигляд %1: використайте %2.</translation>
    </message>
    <message>
        <source>The Entente file to write.</source>
        <translation>Файл Entente, який записати.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Замінити OUT, якщо він існує.</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset.</source>
        <translation>Записати вбудований приклад даних.</translation>
    </message>
    <message>
        <source>sample needs one output file: entente sample OUT.entente</source>
        <translation>sample потребує один вихідний файл: entente sample OUT.entente</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it.</source>
        <translation>%1 існує; використайте --force, щоб замінити його.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 не є форматом роздатки сюжету; використайте один із: %2.</translation>
    </message>
    <message>
        <source>indexing... %1%</source>
        <translation>індексування... %1%</translation>
    </message>
    <message>
        <source>exporting... %1%</source>
        <translation>експорт... %1%</translation>
    </message>
    <message>
        <source>--story: the handout&apos;s headline (default: the story&apos;s name).</source>
        <translation>--story: заголовок роздатки (типово — назва сюжету).</translation>
    </message>
    <message>
        <source>--story: a description under the headline.</source>
        <translation>--story: опис під заголовком.</translation>
    </message>
    <message>
        <source>--story: notes on every page.</source>
        <translation>--story: примітки на кожній сторінці.</translation>
    </message>
    <message>
        <source>--story: the source line (default: the sources of the steps).</source>
        <translation>--story: рядок джерел (типово — джерела кроків).</translation>
    </message>
    <message>
        <source>--story: who made the handout, beside the date.</source>
        <translation>--story: хто підготував роздатку (поруч із датою).</translation>
    </message>
    <message>
        <source>--%1 is for story handouts (--story) only.</source>
        <translation>--%1 призначено лише для роздаток сюжету (--story).</translation>
    </message>
    <message>
        <source>The Entente file to import into (created if missing; it appears only once the import has succeeded).</source>
        <translation>Файл Entente, до якого імпортувати (створюється, якщо його немає; з’являється лише після успішного імпорту).</translation>
    </message>
    <message>
        <source>--map names the column %1 twice; give each column one mapping.</source>
        <translation>--map двічі вказує стовпець %1; задайте для кожного стовпця одне зіставлення.</translation>
    </message>
    <message>
        <source>%1 was made by another program during the import; nothing was imported into it.</source>
        <translation>%1 створила інша програма під час імпорту; до нього нічого не імпортовано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не вдається прочитати %1: %2.</translation>
    </message>
    <message>
        <source>A picture size: %1.</source>
        <translation>Розмір зображення: %1.</translation>
    </message>
    <message>
        <source>Width × height in pixels, e.g. 1920x1080 (the default).</source>
        <translation>Ширина × висота в пікселях, напр. 1920x1080 (типово).</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel (2 for a sharp high-DPI image).</source>
        <translation>Пікселів PNG на піксель макета (2 — для чіткого зображення з високою роздільністю).</translation>
    </message>
    <message>
        <source>light (the default) or dark.</source>
        <translation>light (типово) або dark.</translation>
    </message>
    <message>
        <source>The headline above the picture.</source>
        <translation>Заголовок над зображенням.</translation>
    </message>
    <message>
        <source>A one-line description under the headline.</source>
        <translation>Однорядковий опис під заголовком.</translation>
    </message>
    <message>
        <source>Notes below the picture (method, caveats).</source>
        <translation>Примітки під зображенням (методика, застереження).</translation>
    </message>
    <message>
        <source>The source line below the picture (default: the publishers of the events shown).</source>
        <translation>Рядок джерел під зображенням (типово — видавці показаних подій).</translation>
    </message>
    <message>
        <source>Who made the picture, beside the date.</source>
        <translation>Хто створив зображення (поруч із датою).</translation>
    </message>
    <message>
        <source>The date printed on the picture (default: today), as 2026-12-06.</source>
        <translation>Дата на зображенні (типово — сьогодні), у вигляді 2026-12-06.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Не показувати легенду.</translation>
    </message>
    <message>
        <source>--preset sets the size and scale: give it without --size and --scale.</source>
        <translation>--preset задає розмір і масштаб: вказуйте його без --size і --scale.</translation>
    </message>
    <message>
        <source>Unknown --preset %1: use %2.</source>
        <translation>Невідомий --preset %1: використайте %2.</translation>
    </message>
    <message>
        <source>Bad --date %1: write YYYY-MM-DD, e.g. 2026-12-06.</source>
        <translation>Хибна --date %1: пишіть РРРР-ММ-ДД, напр. 2026-12-06.</translation>
    </message>
    <message>
        <source>Show the teacher&apos;s notes and the next step under the slide (N while presenting).</source>
        <translation>Показувати нотатки вчителя й наступний крок під слайдом (N під час показу).</translation>
    </message>
    <message>
        <source>--%1 is for the %2 view only.</source>
        <translation>--%1 призначено лише для вигляду %2.</translation>
    </message>
    <message>
        <source>Propose the events a news report (.txt, .md, .html, .eml) tells.</source>
        <translation>Запропонувати події, про які розповідає новинне повідомлення (.txt, .md, .html, .eml).</translation>
    </message>
    <message>
        <source>A news report: .txt, .md, .html or .eml.</source>
        <translation>Новинне повідомлення: .txt, .md, .html або .eml.</translation>
    </message>
    <message>
        <source>The report&apos;s publication date, when the file does not give it.</source>
        <translation>Дата публікації повідомлення, якщо файл її не вказує.</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Вивести пропозиції у форматі JSON.</translation>
    </message>
    <message>
        <source>Write the proposals, unreviewed, into an Entente file as drafts.</source>
        <translation>Записати пропозиції, без перевірки, у файл Entente як чернетки.</translation>
    </message>
    <message>
        <source>Propose the events a news report tells.</source>
        <translation>Запропонувати події, про які розповідає новинне повідомлення.</translation>
    </message>
    <message>
        <source>extract needs one file: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</source>
        <translation>extract потребує одного файлу: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</translation>
    </message>
    <message>
        <source>--published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--published потребує дати у форматі YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>%1 does not say when it was published: give the date with --published YYYY-MM-DD.</source>
        <translation>У %1 не вказано, коли його опубліковано: задайте дату через --published YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>GDELT, UCDP: keep only the events that meet CONDITIONS (see below).</source>
        <translation>GDELT, UCDP: залишити лише події, що відповідають УМОВАМ (див. нижче).</translation>
    </message>
    <message>
        <source>GDELT: fold the reports of one happening (same day, actor pair and event code) into one event with their count and all their source URLs.</source>
        <translation>GDELT: об’єднати повідомлення про одну подію (той самий день, пара учасників і код події) в одну подію з їхньою кількістю та всіма URL-адресами джерел.</translation>
    </message>
    <message>
        <source>Read and count what would be imported, and write nothing.</source>
        <translation>Прочитати й порахувати, що буде імпортовано, нічого не записуючи.</translation>
    </message>
    <message>
        <source>Import files into an Entente file. An import is all or nothing: every file is checked before anything is written, and if any file fails, or the import is stopped (Ctrl+C, a crash, a power cut), the Entente file is left as it was. Rows a file&apos;s format cannot hold are skipped and listed (with --strict, the first one stops the import); a file none of whose rows can be imported fails.

--where, for GDELT and UCDP files: </source>
        <translation>Імпортувати файли у файл Entente. Імпорт виконується повністю або ніяк: кожен файл перевіряється до того, як щось буде записано, і якщо будь-який файл не вдається імпортувати або імпорт зупинено (Ctrl+C, збій, вимкнення живлення), файл Entente залишається таким, яким був. Рядки, які формат файлу не може вмістити, пропускаються й перелічуються (з --strict перший такий рядок зупиняє імпорт); файл, жоден рядок якого не можна імпортувати, вважається невдалим.

--where, для файлів GDELT і UCDP: </translation>
    </message>
    <message>
        <source>
Example: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</source>
        <translation>
Приклад: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</translation>
    </message>
    <message>
        <source>Preview: nothing was written.
</source>
        <translation>Попередній перегляд: нічого не записано.
</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (postgresql://user@host/db), or bring it up to date.</source>
        <translation>Створити спільну хронологію в базі даних PostgreSQL (postgresql://user@host/db) або оновити її.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared database, either way.</source>
        <translation>Скопіювати всю хронологію між файлом Entente і спільною базою даних, у будь-який бік.</translation>
    </message>
    <message>
        <source>An Entente file, or a database URL (postgresql://…).</source>
        <translation>Файл Entente або URL бази даних (postgresql://…).</translation>
    </message>
    <message>
        <source>A database URL, or a new Entente file.</source>
        <translation>URL бази даних або новий файл Entente.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared timeline on PostgreSQL, either way.</source>
        <translation>Скопіювати всю хронологію між файлом Entente і спільною хронологією в PostgreSQL, у будь-який бік.</translation>
    </message>
    <message>
        <source>copy needs a source and a destination: entente copy FILE postgresql://… (or the other way)</source>
        <translation>copy потребує джерело й ціль: entente copy FILE postgresql://… (або навпаки)</translation>
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
            <numerusform>додано %n чернетку події (з міткою «draft»)</numerusform>
            <numerusform>додано %n чернетки подій (з міткою «draft»)</numerusform>
            <numerusform>додано %n чернеток подій (з міткою «draft»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) given the report as a further source</source>
        <translation>
            <numerusform>%n події додано повідомлення як ще одне джерело</numerusform>
            <numerusform>%n подіям додано повідомлення як ще одне джерело</numerusform>
            <numerusform>%n подіям додано повідомлення як ще одне джерело</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новий учасник</numerusform>
            <numerusform>%n нові учасники</numerusform>
            <numerusform>%n нових учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing... %n record(s)</source>
        <translation>
            <numerusform>імпорт... %n запис</numerusform>
            <numerusform>імпорт... %n записи</numerusform>
            <numerusform>імпорт... %n записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n event(s) in %1 s; now building their indexes.</source>
        <translation>
            <numerusform>Збережено %n подію за %1 с; тепер будуються індекси.</numerusform>
            <numerusform>Збережено %n події за %1 с; тепер будуються індекси.</numerusform>
            <numerusform>Збережено %n подій за %1 с; тепер будуються індекси.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PostgreSQL database: postgresql://user@host:port/db</source>
        <translation>База даних PostgreSQL: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (its tables, change log, search and the roles entente_viewer and entente_editor), or bring one up to date.</source>
        <translation>Створити спільну хронологію в базі даних PostgreSQL (її таблиці, журнал змін, пошук і ролі entente_viewer та entente_editor) або оновити наявну.</translation>
    </message>
    <message>
        <source>init needs one database: entente init postgresql://user@host/db</source>
        <translation>init потребує одну базу даних: entente init postgresql://user@host/db</translation>
    </message>
    <message>
        <source>%1 is ready for Entente.
</source>
        <translation>%1 готова до роботи з Entente.
</translation>
    </message>
    <message>
        <source>Unknown stacking %1: use kind, actor, quadclass, goldstein, cameo or deaths.</source>
        <translation>Невідоме групування %1: використайте kind, actor, quadclass, goldstein, cameo або deaths.</translation>
    </message>
    <message numerus="yes">
        <source>copying... %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>копіювання... %1 (поки що %n рядок)</numerusform>
            <numerusform>копіювання... %1 (поки що %n рядки)</numerusform>
            <numerusform>копіювання... %1 (поки що %n рядків)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.
</source>
        <translation>
            <numerusform>Скопійовано %n рядок з %1 до %2 за %3 с.
</numerusform>
            <numerusform>Скопійовано %n рядки з %1 до %2 за %3 с.
</numerusform>
            <numerusform>Скопійовано %n рядків з %1 до %2 за %3 с.
</numerusform>
        </translation>
    </message>
    <message>
        <source>copying the shared timeline to this computer... %1%</source>
        <translation>копіювання спільної хронології на цей комп’ютер... %1%</translation>
    </message>
    <message>
        <source>indexing its copy... step %1 of %2</source>
        <translation>індексування копії... крок %1 з %2</translation>
    </message>
    <message>
        <source>Publish a shared timeline&apos;s starting copy, which computers opening it for the first time fetch (its owner only).</source>
        <translation>Опублікувати початкову копію спільної хронології, яку отримують комп’ютери, що відкривають її вперше (лише власник).</translation>
    </message>
    <message>
        <source>fetching the shared timeline&apos;s starting copy... %1%</source>
        <translation>отримання початкової копії спільної хронології... %1%</translation>
    </message>
    <message>
        <source>A shared timeline: postgresql://user@host:port/db</source>
        <translation>Спільна хронологія: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Publish the starting copy of a shared timeline (its owner only): a computer that opens the timeline for the first time then fetches one file instead of copying every table. Run it again after large imports, or every night.</source>
        <translation>Опублікувати початкову копію спільної хронології (лише власник): комп’ютер, що відкриває хронологію вперше, отримує один файл замість копіювання кожної таблиці. Запускайте знову після великих імпортів або щоночі.</translation>
    </message>
    <message>
        <source>publish needs one shared timeline: entente publish postgresql://user@host/db</source>
        <translation>publish потребує одну спільну хронологію: entente publish postgresql://user@host/db</translation>
    </message>
    <message>
        <source>publishing the starting copy... %1%</source>
        <translation>публікація початкової копії... %1%</translation>
    </message>
    <message>
        <source>Published the starting copy of %1 (%2 MB) in %3 s.
</source>
        <translation>Початкову копію %1 (%2 МБ) опубліковано за %3 с.
</translation>
    </message>
    <message>
        <source>Publish its starting copy (entente publish %1) so that the first open on each computer fetches one file instead of every table.
</source>
        <translation>Опублікуйте її початкову копію (entente publish %1), щоб перше відкриття на кожному комп’ютері отримувало один файл замість усіх таблиць.
</translation>
    </message>
</context>
<context>
    <name>entente::cli::NewFile</name>
    <message>
        <source>%1 is being created by another import; try again when it has finished.</source>
        <translation>%1 зараз створюється іншим імпортом; спробуйте знову, коли він завершиться.</translation>
    </message>
</context>
<context>
    <name>entente::pg</name>
    <message>
        <source>the server did not accept the user name or password (libpq reads the password from ~/.pgpass or the file PGPASSFILE names)</source>
        <translation>сервер не прийняв ім’я користувача або пароль (libpq читає пароль з ~/.pgpass або з файлу, зазначеного в PGPASSFILE)</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>на сервері немає такої бази даних або користувача</translation>
    </message>
    <message>
        <source>the server cannot be reached; check the host name and port, and that the server is running</source>
        <translation>сервер недоступний; перевірте ім’я хоста й порт, а також те, що сервер працює</translation>
    </message>
    <message>
        <source>the server&apos;s encryption (TLS) settings do not match the connection&apos;s sslmode</source>
        <translation>налаштування шифрування (TLS) сервера не відповідають sslmode з’єднання</translation>
    </message>
    <message>
        <source>the address is not a valid postgresql:// address</source>
        <translation>адреса не є дійсною адресою postgresql://</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>не вдалося з’єднатися</translation>
    </message>
    <message>
        <source>The copy of the shared timeline cannot be kept in %1.</source>
        <translation>Копію спільної хронології не можна зберігати в %1.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgConnection</name>
    <message>
        <source>“%1” is not a valid postgresql:// address.</source>
        <translation>«%1» не є дійсною адресою postgresql://.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: there was not enough memory.</source>
        <translation>Не вдається відкрити спільну хронологію %1: забракло пам’яті.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити спільну хронологію %1: %2.</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>з’єднання із сервером втрачено</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Спільну хронологію %1 ви можете лише читати.</translation>
    </message>
    <message>
        <source>The shared timeline %1 %2: %3.</source>
        <translation>Спільна хронологія %1 %2: %3.</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>сервер не відповів</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>доступ заборонено</translation>
    </message>
    <message>
        <source>another person&apos;s change got in the way; try again</source>
        <translation>завадила зміна іншої людини; спробуйте ще раз</translation>
    </message>
    <message>
        <source>a record conflicts with one the database holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>запис конфліктує з наявним у базі даних (той самий id чи назва двічі або посилання на запис, якого немає)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>диск сервера заповнений</translation>
    </message>
    <message>
        <source>the server is out of resources (memory or connections)</source>
        <translation>серверу забракло ресурсів (пам’яті чи з’єднань)</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>операцію скасовано</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>на сервері немає такої бази даних</translation>
    </message>
    <message>
        <source>its tables are not as Entente made them (database error %1)</source>
        <translation>її таблиці не такі, якими їх створила Entente (помилка бази даних %1)</translation>
    </message>
    <message>
        <source>the server refused it (database error %1)</source>
        <translation>сервер відхилив операцію (помилка бази даних %1)</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>недоступна для запису</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgCopy</name>
    <message>
        <source>The shared timeline %1 already holds a timeline; copy into an empty one (made with entente init).</source>
        <translation>Спільна хронологія %1 уже містить хронологію; копіюйте в порожню (створену командою entente init).</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>індекси</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgListener</name>
    <message>
        <source>The shared timeline cannot be reached.</source>
        <translation>Спільна хронологія недоступна.</translation>
    </message>
    <message>
        <source>The shared timeline did not answer in time.</source>
        <translation>Спільна хронологія не відповіла вчасно.</translation>
    </message>
    <message>
        <source>The shared timeline&apos;s changes cannot be followed.</source>
        <translation>Не вдається стежити за змінами спільної хронології.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline was lost.</source>
        <translation>З’єднання зі спільною хронологією втрачено.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgMirror</name>
    <message>
        <source>The database %1 holds no Entente timeline yet; “entente init %2” makes one.</source>
        <translation>База даних %1 ще не містить хронології Entente; її створить «entente init %2».</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Спільну хронологію %1 створила старіша версія Entente; її власник може оновити її командою «entente init».</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Спільну хронологію %1 ви можете лише читати.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be changed: there was not enough memory.</source>
        <translation>Не вдається змінити спільну хронологію %1: забракло пам’яті.</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you read it.</source>
        <translation>Хтось інший змінив %1 після того, як ви це прочитали.</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3 since you read it.</source>
        <translation>Користувач %1 видалив %2 (%3) після того, як ви це прочитали.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since you read it.</source>
        <translation>Користувач %1 змінив %2 (%3) після того, як ви це прочитали.</translation>
    </message>
    <message>
        <source>Someone else added a tag, an actor or another record of the same name to the shared timeline %1 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Тим часом хтось інший додав до спільної хронології %1 мітку, учасника чи інший запис з такою самою назвою, тож нічого не додано; спробуйте ще раз, щоб скористатися їхнім.</translation>
    </message>
    <message>
        <source>Someone else added “%1” to the shared timeline %2 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Тим часом хтось інший додав «%1» до спільної хронології %2, тож нічого не додано; спробуйте ще раз, щоб скористатися їхнім.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити спільну хронологію %1: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped; nothing of it was kept on this computer.</source>
        <translation>Відкриття спільної хронології %1 зупинено; на цьому комп’ютері з неї нічого не збережено.</translation>
    </message>
    <message>
        <source>The copy of the shared timeline %1 on this computer is open in another window; close it there to publish the starting copy.</source>
        <translation>Копія спільної хронології %1 на цьому комп’ютері відкрита в іншому вікні; закрийте її там, щоб опублікувати початкову копію.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Лише власник спільної хронології %1 може опублікувати її початкову копію.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSchema</name>
    <message>
        <source>The database %1 is not an Entente timeline: it holds tables of another program, and Entente leaves it as it is.</source>
        <translation>База даних %1 не є хронологією Entente: вона містить таблиці іншої програми, і Entente залишає її як є.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by a newer version of Entente; update Entente to open it.</source>
        <translation>Спільну хронологію %1 створила новіша версія Entente; оновіть Entente, щоб відкрити її.</translation>
    </message>
    <message>
        <source>The roles entente_viewer and entente_editor could not be made (this user may not create roles); ask the server&apos;s administrator to run entente init once.</source>
        <translation>Не вдалося створити ролі entente_viewer і entente_editor (цьому користувачеві не дозволено створювати ролі); попросіть адміністратора сервера один раз виконати entente init.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSnapshot</name>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be written to %2.</source>
        <translation>Не вдається записати початкову копію спільної хронології %1 до %2.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Лише власник спільної хронології %1 може опублікувати її початкову копію.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be read from %2.</source>
        <translation>Не вдається прочитати початкову копію спільної хронології %1 з %2.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 is not whole.</source>
        <translation>Початкова копія спільної хронології %1 неповна.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgTarget</name>
    <message>
        <source>“%1” on %2</source>
        <translation>«%1» на %2</translation>
    </message>
</context>
<context>
    <name>entente::timelinepaint</name>
    <message>
        <source>no kind</source>
        <translation>без типу</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+ще %1</translation>
    </message>
    <message>
        <source>Grade A–B</source>
        <translation>Оцінка A–B</translation>
    </message>
    <message>
        <source>C–D</source>
        <translation>C–D</translation>
    </message>
    <message>
        <source>E–F, ungraded</source>
        <translation>E–F, без оцінки</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>does not give a count (a whole number, 0 or more)</source>
        <translation>не задає кількості (ціле число, 0 або більше)</translation>
    </message>
</context>
</TS>
