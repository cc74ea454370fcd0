<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>entente</name>
    <message>
        <source>confirmed by the sources below</source>
        <translation>подтверждено источниками ниже</translation>
    </message>
    <message>
        <source>reported by the sources below, not independently confirmed</source>
        <translation>сообщается источниками ниже, независимо не подтверждено</translation>
    </message>
    <message>
        <source>an allegation: claimed, not established</source>
        <translation>утверждение: заявлено, не установлено</translation>
    </message>
    <message>
        <source>disputed: sources disagree</source>
        <translation>оспаривается: источники расходятся</translation>
    </message>
    <message>
        <source>denied by a party to it</source>
        <translation>опровергнуто одной из сторон</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>Следует за</translation>
    </message>
    <message>
        <source>Followed by</source>
        <translation>За ним следует</translation>
    </message>
    <message>
        <source>Responds to</source>
        <translation>Отвечает на</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Ответ на него</translation>
    </message>
    <message>
        <source>Causes</source>
        <translation>Вызывает</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Вызвано</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ACLED interaction code (0 to 8)</source>
        <translation>«%1» не является кодом взаимодействия ACLED (от 0 до 8)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a coordinate between -%2 and %2</source>
        <translation>«%1» не является координатой между -%2 и %2</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>нужна дата</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«%1» не является датой</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 пуст: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 — текст в UTF-16; сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-16 text; save it as UTF-8 and import it again.</source>
        <translation>%1 похож на текст в UTF-16; сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 is a binary file, not one Entente can import.</source>
        <translation>%1 — двоичный файл, Entente не может его импортировать.</translation>
    </message>
    <message>
        <source>%1 holds only blank space: there is nothing to import.</source>
        <translation>%1 содержит только пробелы: импортировать нечего.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is in no format Entente knows; name one with --format (%2).</source>
        <translation>%1 не в формате, известном Entente; укажите формат через --format (%2).</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 не является форматом импорта; используйте один из: %2.</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Импорт %1 отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2.</source>
        <translation>Не удалось импортировать %1: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (Timeline writes 2022-03-29 14:30:00)</source>
        <translation>«%1» не является датой (Timeline пишет 2022-03-29 14:30:00)</translation>
    </message>
    <message>
        <source>a month or day is given without a year</source>
        <translation>месяц или день указан без года</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year</source>
        <translation>«%1» не является годом</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month</source>
        <translation>«%1» не является месяцем</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day</source>
        <translation>«%1» не является днём</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time</source>
        <translation>«%1» не является временем</translation>
    </message>
    <message>
        <source>%1-%2-%3 is not a date</source>
        <translation>%1-%2-%3 не является датой</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>слайду нужен год начала</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>его не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>it is cut short inside its header</source>
        <translation>он обрывается посреди заголовка</translation>
    </message>
    <message>
        <source>its header names an impossible page size</source>
        <translation>его заголовок указывает невозможный размер страницы</translation>
    </message>
    <message>
        <source>it ends in the middle of a page: it was cut short</source>
        <translation>он заканчивается посреди страницы: его обрезали</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
    <message>
        <source>Unknown chart &quot;%1&quot;: the charts are %2.</source>
        <translation>Неизвестная диаграмма «%1»: доступны диаграммы %2.</translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation>Неизвестная тема «%1»: используйте light или dark.</translation>
    </message>
    <message>
        <source>%1 is UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 — текст в UTF-32; сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 looks like UTF-32 text; save it as UTF-8 and import it again.</source>
        <translation>%1 похож на текст в UTF-32; сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file to import.</source>
        <translation>%1 — папка, а не файл для импорта.</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n record(s) could be imported, so nothing was; the first problem, at %2: %3.</source>
        <translation>
            <numerusform>%1: не удалось импортировать ни одну из %n записи, поэтому ничего не импортировано; первая проблема — %2: %3.</numerusform>
            <numerusform>%1: не удалось импортировать ни одну из %n записей, поэтому ничего не импортировано; первая проблема — %2: %3.</numerusform>
            <numerusform>%1: не удалось импортировать ни одну из %n записей, поэтому ничего не импортировано; первая проблема — %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported from any of the files.</source>
        <translation>%1 Ни из одного файла ничего не импортировано.</translation>
    </message>
    <message>
        <source>there is no second %1</source>
        <translation>секунды %1 не бывает</translation>
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
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Could not read the events of %1: the file may be damaged.</source>
        <translation>Не удалось прочитать события из %1: возможно, файл повреждён.</translation>
    </message>
    <message>
        <source>--where: &quot;%1&quot; %2.</source>
        <translation>--where: «%1» %2.</translation>
    </message>
    <message>
        <source>does not give a day as 2024-01-31</source>
        <translation>не задаёт день в виде 2024-01-31</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>completely reliable</source>
        <translation>полностью надёжный</translation>
    </message>
    <message>
        <source>usually reliable</source>
        <translation>обычно надёжный</translation>
    </message>
    <message>
        <source>fairly reliable</source>
        <translation>довольно надёжный</translation>
    </message>
    <message>
        <source>not usually reliable</source>
        <translation>обычно ненадёжный</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>ненадёжный</translation>
    </message>
    <message>
        <source>reliability cannot be judged</source>
        <translation>надёжность нельзя оценить</translation>
    </message>
    <message>
        <source>confirmed by other sources</source>
        <translation>подтверждено другими источниками</translation>
    </message>
    <message>
        <source>probably true</source>
        <translation>вероятно достоверно</translation>
    </message>
    <message>
        <source>possibly true</source>
        <translation>возможно достоверно</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>сомнительно</translation>
    </message>
    <message>
        <source>improbable</source>
        <translation>маловероятно</translation>
    </message>
    <message>
        <source>truth cannot be judged</source>
        <translation>достоверность нельзя оценить</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Entente file.</source>
        <translation>%1 — это папка, а не файл Entente.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>Не удаётся прочитать %1: доступ запрещён.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not an Entente file, and nothing in it can be recovered.</source>
        <translation>%1 пуст (0 байт): это не файл Entente, и в нём нечего восстанавливать.</translation>
    </message>
    <message>
        <source>%1 is not an Entente file (it is not an SQLite database).</source>
        <translation>%1 не является файлом Entente (это не база данных SQLite).</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 повреждён (%2). Откройте его только для чтения или восстановите то, что удаётся прочитать, в новый файл.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not an Entente file.</source>
        <translation>%1 — база данных SQLite другой программы, а не файл Entente.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Entente (file format %2; this version reads up to %3). Update Entente to open it.</source>
        <translation>%1 создан более новой версией Entente (формат файла %2; эта версия читает до %3). Обновите Entente, чтобы открыть его.</translation>
    </message>
    <message>
        <source>%1 is marked as an Entente file but its format version is %2, which no Entente writes: another program has changed it. Open it read-only, or recover what can be read into a new file.</source>
        <translation>%1 помечен как файл Entente, но версия его формата — %2, которую ни один Entente не записывает: его изменила другая программа. Откройте его только для чтения или восстановите то, что удаётся прочитать, в новый файл.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it; try again when it has finished.</source>
        <translation>%1 заблокирован другой программой, которая в него записывает; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: %2.</source>
        <translation>Не удаётся открыть %1 для записи: %2.</translation>
    </message>
    <message>
        <source>%1 is being imported into by another program; try again when it has finished.</source>
        <translation>Другая программа сейчас импортирует данные в %1; попробуйте снова, когда она закончит.</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled before its interrupted import was taken back; the file is as it was.</source>
        <translation>Открытие %1 отменено до того, как его прерванный импорт был откачен; файл остался таким, каким был.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>отличается</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>строка 1</translation>
    </message>
    <message>
        <source>the header lacks this UCDP GED column</source>
        <translation>в заголовке нет этого столбца UCDP GED</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the header&apos;s %n column(s)</source>
        <translation>
            <numerusform>строка заканчивается после %1 из %n столбца заголовка</numerusform>
            <numerusform>строка заканчивается после %1 из %n столбцов заголовка</numerusform>
            <numerusform>строка заканчивается после %1 из %n столбцов заголовка</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a type of violence (1, 2 or 3)</source>
        <translation>«%1» не является типом насилия (1, 2 или 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date precision (1 to 5)</source>
        <translation>«%1» не является точностью даты (от 1 до 5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (UCDP writes 2022-03-29)</source>
        <translation>«%1» не является днём (UCDP пишет 2022-03-29)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day on or after date_start</source>
        <translation>«%1» не является днём, совпадающим с date_start или более поздним</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count of deaths</source>
        <translation>«%1» не является числом погибших</translation>
    </message>
    <message>
        <source>every UCDP event has a side A</source>
        <translation>у каждого события UCDP есть сторона A</translation>
    </message>
    <message>
        <source>every UCDP event has a side B</source>
        <translation>у каждого события UCDP есть сторона B</translation>
    </message>
    <message numerus="yes">
        <source>UCDP GED event %1: %2%3; %n death(s) (best estimate).</source>
        <translation>
            <numerusform>Событие UCDP GED %1: %2%3; %n погибший (наилучшая оценка).</numerusform>
            <numerusform>Событие UCDP GED %1: %2%3; %n погибших (наилучшая оценка).</numerusform>
            <numerusform>Событие UCDP GED %1: %2%3; %n погибших (наилучшая оценка).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n byte(s) after its last page: something was added to its end</source>
        <translation>
            <numerusform>после последней страницы в нём есть %n байт: что-то дописано в конец</numerusform>
            <numerusform>после последней страницы в нём есть %n байта: что-то дописано в конец</numerusform>
            <numerusform>после последней страницы в нём есть %n байт: что-то дописано в конец</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %1 of its %n page(s): it was cut short</source>
        <translation>
            <numerusform>в нём %1 из %n страницы: он обрезан</numerusform>
            <numerusform>в нём %1 из %n страниц: он обрезан</numerusform>
            <numerusform>в нём %1 из %n страниц: он обрезан</numerusform>
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
        <translation>Участник: %1.</translation>
    </message>
    <message>
        <source>Event, %1. Status: %2.</source>
        <translation>Событие, %1. Статус: %2.</translation>
    </message>
    <message>
        <source>Kind: %1.</source>
        <translation>Тип: %1.</translation>
    </message>
    <message>
        <source>Actors: %1.</source>
        <translation>Участники: %1.</translation>
    </message>
</context>
<context>
    <name>entente::AccountEditor</name>
    <message>
        <source>as the event</source>
        <translation>как у события</translation>
    </message>
    <message>
        <source>end, if any</source>
        <translation>конец, если есть</translation>
    </message>
    <message>
        <source>The end of its date</source>
        <translation>Конец его даты</translation>
    </message>
    <message>
        <source>1,000 each, 390 on the first day</source>
        <translation>по 1000, 390 в первый день</translation>
    </message>
    <message>
        <source>The actors this source names as taking part, comma separated</source>
        <translation>Участники, которых называет этот источник, через запятую</translation>
    </message>
    <message>
        <source>The numbers this source gives, as it gives them</source>
        <translation>Цифры, которые приводит этот источник, в его формулировке</translation>
    </message>
    <message>
        <source>Sa&amp;ys it is</source>
        <translation>&amp;По данным источника</translation>
    </message>
    <message>
        <source>&amp;Its date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;Figure</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <source>&amp;Who took part</source>
        <translation>Кто у&amp;частвовал</translation>
    </message>
    <message>
        <source>Account: select a source above</source>
        <translation>Версия источника: выберите источник выше</translation>
    </message>
    <message>
        <source>What %1 says differently</source>
        <translation>Что %1 сообщает иначе</translation>
    </message>
</context>
<context>
    <name>entente::AcledImporter</name>
    <message>
        <source>line 1</source>
        <translation>строка 1</translation>
    </message>
    <message>
        <source>the header lacks this ACLED column</source>
        <translation>в заголовке нет этого столбца ACLED</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ACLED writes 2022-03-29)</source>
        <translation>«%1» не является датой (ACLED пишет 2022-03-29)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time precision (1, 2 or 3)</source>
        <translation>«%1» не является точностью времени (1, 2 или 3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>«%1» не является широтой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>«%1» не является долготой</translation>
    </message>
    <message>
        <source>every ACLED event has a first actor</source>
        <translation>у каждого события ACLED есть первый участник</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>entente::ActivityChart</name>
    <message>
        <source>Events per %1, by kind</source>
        <translation>События за %1, по типу</translation>
    </message>
    <message>
        <source>Events per %1, by actor</source>
        <translation>События за %1, по участнику</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Events × actors</source>
        <translation>События × участники</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Events per %1, by %2</source>
        <translation>События за %1, группировка: %2</translation>
    </message>
</context>
<context>
    <name>entente::ActorDialog</name>
    <message>
        <source>Edit Actor</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>#rrggbb, or empty for the palette&apos;s choice</source>
        <translation>#rrggbb или пусто — цвет из палитры</translation>
    </message>
    <message>
        <source>One a line; a language in brackets: Київ [uk]</source>
        <translation>По одному в строке; язык в скобках: Київ [uk]</translation>
    </message>
    <message>
        <source>Title | from | to, one a line: UK Prime Minister | 2019-07-24 | 2022-09-06</source>
        <translation>Должность | с | по, по одной в строке: Премьер-министр Великобритании | 2019-07-24 | 2022-09-06</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Другие имена</translation>
    </message>
    <message>
        <source>&amp;Titles</source>
        <translation>&amp;Должности</translation>
    </message>
    <message>
        <source>In the titles, &quot;%1&quot; is not a date.</source>
        <translation>В должностях «%1» не является датой.</translation>
    </message>
    <message>
        <source>A title line has no title: &quot;%1&quot;.</source>
        <translation>В строке должности нет названия должности: «%1».</translation>
    </message>
    <message>
        <source>The actor needs a name.</source>
        <translation>Участнику нужно название.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #rrggbb.</source>
        <translation>«%1» не является цветом; запишите его как #rrggbb.</translation>
    </message>
</context>
<context>
    <name>entente::ActorKind</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
</context>
<context>
    <name>entente::ActorPicker</name>
    <message>
        <source>Find an actor or alias</source>
        <translation>Найти участника или другое имя</translation>
    </message>
    <message>
        <source>Find an actor</source>
        <translation>Найти участника</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Также: %1</translation>
    </message>
</context>
<context>
    <name>entente::ActorsChart</name>
    <message>
        <source>Events per actor (top %1 of %2)</source>
        <translation>События по участнику (первые %1 из %2)</translation>
    </message>
    <message>
        <source>Events per actor</source>
        <translation>События по участнику</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>entente::ArticleReader</name>
    <message>
        <source>The article holds no text.</source>
        <translation>Статья не содержит текста.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 пуст.</translation>
    </message>
    <message>
        <source>%1 is too large to be an article (%2 MB; a report is at most %3 MB).</source>
        <translation>%1 слишком велик для статьи (%2 МБ; сообщение занимает не более %3 МБ).</translation>
    </message>
    <message>
        <source>%1 is not a text article: it holds binary data.</source>
        <translation>%1 не является текстовой статьёй: он содержит двоичные данные.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save it as UTF-8 and try again.</source>
        <translation>%1 не является текстом UTF-8; сохраните его в UTF-8 и попробуйте снова.</translation>
    </message>
    <message>
        <source>%1 holds no article text.</source>
        <translation>%1 не содержит текста статьи.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an article.</source>
        <translation>%1 — это папка, а не статья.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail message.</source>
        <translation>%1 не является письмом электронной почты.</translation>
    </message>
    <message>
        <source>%1 has no text part.</source>
        <translation>В %1 нет текстовой части.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares.</source>
        <translation>%1 записан не в той кодировке, которая в нём объявлена.</translation>
    </message>
    <message>
        <source>%1 is not in the character set it declares (or not UTF-8 when it declares none).</source>
        <translation>%1 записан не в той кодировке, которая в нём объявлена (или не в UTF-8, если кодировка не объявлена).</translation>
    </message>
    <message>
        <source>%1 cannot be read as HTML.</source>
        <translation>Не удаётся прочитать %1 как HTML.</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n character(s) of text: more than one report (at most %2).</source>
        <translation>
            <numerusform>%1 содержит %n символ текста: это больше, чем одно сообщение (не более %2).</numerusform>
            <numerusform>%1 содержит %n символа текста: это больше, чем одно сообщение (не более %2).</numerusform>
            <numerusform>%1 содержит %n символов текста: это больше, чем одно сообщение (не более %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::AttributeGroups</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>−10 to −5</source>
        <translation>от −10 до −5</translation>
    </message>
    <message>
        <source>−5 to 0</source>
        <translation>от −5 до 0</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>0 to 5</source>
        <translation>от 0 до 5</translation>
    </message>
    <message>
        <source>5 to 10</source>
        <translation>от 5 до 10</translation>
    </message>
    <message>
        <source>no deaths</source>
        <translation>без погибших</translation>
    </message>
    <message>
        <source>1–9 deaths</source>
        <translation>1–9 погибших</translation>
    </message>
    <message>
        <source>10–99 deaths</source>
        <translation>10–99 погибших</translation>
    </message>
    <message>
        <source>100–999 deaths</source>
        <translation>100–999 погибших</translation>
    </message>
    <message>
        <source>1,000 deaths or more</source>
        <translation>1000 погибших и более</translation>
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
        <translation>Корневой код CAMEO</translation>
    </message>
    <message>
        <source>Deaths (UCDP)</source>
        <translation>Погибшие (UCDP)</translation>
    </message>
</context>
<context>
    <name>entente::Cameo</name>
    <message>
        <source>verbal cooperation</source>
        <translation>словесное сотрудничество</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>материальное сотрудничество</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>словесный конфликт</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>материальный конфликт</translation>
    </message>
</context>
<context>
    <name>entente::ChartQueries</name>
    <message>
        <source>(no kind)</source>
        <translation>(без типа)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
</context>
<context>
    <name>entente::ChartsPanel</name>
    <message>
        <source>Stack by:</source>
        <translation>Группировать по:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>События во времени</translation>
    </message>
    <message>
        <source>Actor activity</source>
        <translation>Активность участников</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Статус утверждения</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Сохранить эту диаграмму как PNG, SVG или PDF</translation>
    </message>
    <message>
        <source>Could not compute the chart: %1</source>
        <translation>Не удалось построить диаграмму: %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт диаграммы</translation>
    </message>
    <message>
        <source>Stack by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <source>Chart drawing</source>
        <translation>Изображение диаграммы</translation>
    </message>
    <message>
        <source>Could not compute the chart: the file cannot be read.</source>
        <translation>Не удалось построить диаграмму: файл не удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>entente::ClaimStatus</name>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Сообщается</translation>
    </message>
    <message>
        <source>Alleged</source>
        <translation>Утверждается</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Оспаривается</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Опровергнуто</translation>
    </message>
</context>
<context>
    <name>entente::Commands</name>
    <message>
        <source>Pin graph nodes</source>
        <translation>Закрепить узлы графа</translation>
    </message>
    <message>
        <source>Unpin graph node</source>
        <translation>Открепить узел графа</translation>
    </message>
    <message>
        <source>event</source>
        <translation>событие</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>участника</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связь</translation>
    </message>
    <message>
        <source>era</source>
        <translation>период</translation>
    </message>
    <message>
        <source>story</source>
        <translation>сюжет</translation>
    </message>
    <message>
        <source>Merge actors</source>
        <translation>Объединить участников</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавить %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>Edit Accounts</source>
        <translation>Изменить версии источников</translation>
    </message>
</context>
<context>
    <name>entente::ConflictDialog</name>
    <message>
        <source>Someone else changed this since you read it.</source>
        <translation>Кто-то другой изменил это после того, как вы это прочитали.</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>Загрузить их изменения</translation>
    </message>
    <message>
        <source>Apply Mine Anyway</source>
        <translation>Всё равно применить мои</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Edit Not Saved</source>
        <translation>Изменение не сохранено</translation>
    </message>
    <message>
        <source>Reload shows their version; apply anyway replaces it with yours.</source>
        <translation>«Загрузить их изменения» покажет их версию; «Всё равно применить мои» заменит её вашей.</translation>
    </message>
</context>
<context>
    <name>entente::CsvExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
</context>
<context>
    <name>entente::CsvImporter</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the seconds &quot;%1&quot; were dropped (Entente keeps times to the minute)</source>
        <translation>секунды «%1» отброшены (Entente хранит время с точностью до минуты)</translation>
    </message>
</context>
<context>
    <name>entente::CsvReader</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the text is not UTF-8 (it may be Windows-1252 or Latin-1); save the file as UTF-8 and import it again</source>
        <translation>текст не в UTF-8 (возможно, Windows-1252 или Latin-1); сохраните файл как UTF-8 и импортируйте снова</translation>
    </message>
    <message>
        <source>The CSV parser could not start.</source>
        <translation>Не удалось запустить разбор CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>the CSV is malformed (%1)</source>
        <translation>CSV повреждён (%1)</translation>
    </message>
    <message>
        <source>the record is longer than %1 MB, more than any timeline row needs; refused</source>
        <translation>запись длиннее %1 МБ — больше, чем нужно любой строке хронологии; отклонено</translation>
    </message>
    <message>
        <source>the CSV ends inside a quoted field (a quote is not closed)</source>
        <translation>CSV заканчивается внутри поля в кавычках (кавычка не закрыта)</translation>
    </message>
    <message>
        <source>%1 has no header row: there is nothing to import.</source>
        <translation>В %1 нет строки заголовка: импортировать нечего.</translation>
    </message>
</context>
<context>
    <name>entente::CsvRows</name>
    <message>
        <source>The mapping %1=%2 names no column of Entente&apos;s: &quot;%2&quot; is not one of %3.</source>
        <translation>Сопоставление %1=%2 не указывает ни одного столбца Entente: «%2» нет среди %3.</translation>
    </message>
    <message>
        <source>The mapping %1=%2 names a column %3 does not have; its columns are %4.</source>
        <translation>Сопоставление %1=%2 указывает столбец, которого нет в %3; его столбцы: %4.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>строка 1</translation>
    </message>
    <message>
        <source>unknown column; the columns are %1 (map others with --map FILE_COLUMN=%2)</source>
        <translation>неизвестный столбец; столбцы: %1 (другие сопоставьте через --map FILE_COLUMN=%2)</translation>
    </message>
    <message>
        <source>Both columns %1 and %2 of %3 would fill %4; map one of them elsewhere or leave it out (FILE_COLUMN= with nothing after the =).</source>
        <translation>Оба столбца %1 и %2 из %3 заполняли бы %4; сопоставьте один из них с другим полем или пропустите его (FILE_COLUMN= без значения после =).</translation>
    </message>
    <message>
        <source>the header lacks this column, which every row needs</source>
        <translation>в заголовке нет этого столбца, а он нужен каждой строке</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source grade (A to F, then 1 to 6: B2, B or 2)</source>
        <translation>«%1» — не оценка источника (от A до F, затем от 1 до 6: B2, B или 2)</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1</source>
        <translation>
            <numerusform>в строке %n поле, а в заголовке — %1</numerusform>
            <numerusform>в строке %n поля, а в заголовке — %1</numerusform>
            <numerusform>в строке %n полей, а в заголовке — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>событию нужно название</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied)</source>
        <translation>«%1» не является статусом утверждения (confirmed, reported, alleged, disputed, denied)</translation>
    </message>
</context>
<context>
    <name>entente::DataFile</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a zip archive cut short (its table of contents is missing or damaged); download it again.</source>
        <translation>%1 — обрезанный zip-архив (его оглавление отсутствует или повреждено); скачайте его снова.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a zip archive: %2.</source>
        <translation>Не удаётся прочитать %1 как zip-архив: %2.</translation>
    </message>
    <message>
        <source>%1: %2 in it cannot be read: %3.</source>
        <translation>%1: не удаётся прочитать %2 в нём: %3.</translation>
    </message>
    <message>
        <source>%1 is a zip archive with no file in it: there is nothing to import.</source>
        <translation>%1 — zip-архив без единого файла: импортировать нечего.</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilter</name>
    <message>
        <source>is not a condition; write key=value, e.g. root=04,05 or mentions&gt;=5</source>
        <translation>— не условие; пишите ключ=значение, напр. root=04,05 или mentions&gt;=5</translation>
    </message>
    <message>
        <source>gives no value</source>
        <translation>не задаёт значения</translation>
    </message>
    <message>
        <source>uses &gt;=, which only mentions and deaths take</source>
        <translation>использует &gt;=, которое допускают только mentions и deaths</translation>
    </message>
    <message>
        <source>names no CAMEO root code (01 to 20)</source>
        <translation>не называет корневого кода CAMEO (от 01 до 20)</translation>
    </message>
    <message>
        <source>names no CAMEO event code (two to four digits, e.g. 036)</source>
        <translation>не называет кода события CAMEO (от двух до четырёх цифр, напр. 036)</translation>
    </message>
    <message>
        <source>names no QuadClass (1 to 4)</source>
        <translation>не называет QuadClass (от 1 до 4)</translation>
    </message>
    <message>
        <source>names no condition Entente knows (root, code, quad, country, mentions, deaths, from, to)</source>
        <translation>не называет условия, известного Entente (root, code, quad, country, mentions, deaths, from, to)</translation>
    </message>
    <message>
        <source>--where: the date range ends before it begins.</source>
        <translation>--where: диапазон дат заканчивается раньше, чем начинается.</translation>
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
        <translation>Условия через пробел; должны выполняться все:
  root=04,05        корневые коды CAMEO (GDELT)
  code=036,0871     коды событий CAMEO или их начала (GDELT)
  quad=1,2          QuadClass: 1 словесное сотрудничество, 2 материальное сотрудничество,
                    3 словесный конфликт, 4 материальный конфликт (GDELT)
  country=RUS,UKR   страна любого из участников: коды CAMEO (GDELT), названия (UCDP)
  mentions&gt;=5       не меньше стольких упоминаний (GDELT)
  deaths&gt;=10        не меньше стольких погибших, наилучшая оценка (UCDP)
  from=2024-01-01   в этот день или позже; to=2024-01-31 — в этот день или раньше</translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilterPage</name>
    <message>
        <source>Keep only</source>
        <translation>Оставить только</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Между</translation>
    </message>
    <message>
        <source>&amp;Fold reports of one happening (same day, actors and event code) into one event</source>
        <translation>&amp;Объединить сообщения об одном происшествии (тот же день, участники и код события) в одно событие</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>&amp;Подсчитать</translation>
    </message>
    <message>
        <source>all; e.g. 03,04,05,08</source>
        <translation>все; напр. 03,04,05,08</translation>
    </message>
    <message>
        <source>CAMEO root codes</source>
        <translation>Корневые коды CAMEO</translation>
    </message>
    <message>
        <source>all; e.g. RUS,UKR,TUR</source>
        <translation>все; напр. RUS,UKR,TUR</translation>
    </message>
    <message>
        <source>Actor countries</source>
        <translation>Страны участников</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>verbal cooperation</source>
        <translation>словесное сотрудничество</translation>
    </message>
    <message>
        <source>material cooperation</source>
        <translation>материальное сотрудничество</translation>
    </message>
    <message>
        <source>verbal conflict</source>
        <translation>словесный конфликт</translation>
    </message>
    <message>
        <source>material conflict</source>
        <translation>материальный конфликт</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>CAMEO &amp;root codes</source>
        <translation>&amp;Корневые коды CAMEO</translation>
    </message>
    <message>
        <source>QuadClass</source>
        <translation>QuadClass</translation>
    </message>
    <message>
        <source>Actor c&amp;ountries</source>
        <translation>С&amp;траны участников</translation>
    </message>
    <message>
        <source>At least this many &amp;mentions</source>
        <translation>Не меньше стольких &amp;упоминаний</translation>
    </message>
    <message>
        <source>At least this many &amp;deaths</source>
        <translation>Не меньше стольких &amp;погибших</translation>
    </message>
    <message>
        <source>all; e.g. Ukraine,Syria</source>
        <translation>все; напр. Ukraine,Syria</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) would be imported; %1.</source>
        <translation>
            <numerusform>Будет импортировано %n событие; %1.</numerusform>
            <numerusform>Будет импортировано %n события; %1.</numerusform>
            <numerusform>Будет импортировано %n событий; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n строка пропущена</numerusform>
            <numerusform>%n строки пропущено</numerusform>
            <numerusform>%n строк пропущено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DetailsFormatter</name>
    <message>
        <source>%1, then %2</source>
        <translation>%1, затем %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Who says so</source>
        <translation>Кто это утверждает</translation>
    </message>
    <message>
        <source>No source is recorded for this event.</source>
        <translation>Для этого события не записано ни одного источника.</translation>
    </message>
    <message>
        <source>Linked events</source>
        <translation>Связанные события</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Также известен как</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>автор: %1</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Статус утверждения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Кто участвовал</translation>
    </message>
    <message>
        <source>as the event</source>
        <translation>как у события</translation>
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
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Select an event in the table or the timeline to see who was in it and who says so.</source>
        <translation>Выберите событие в таблице или на хронологии, чтобы увидеть, кто в нём участвовал и кто это утверждает.</translation>
    </message>
</context>
<context>
    <name>entente::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>%1 is open read-only: it cannot be changed.</source>
        <translation>%1 открыт только для чтения: его нельзя изменить.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Этого события больше нет.</translation>
    </message>
    <message>
        <source>The actor no longer exists.</source>
        <translation>Этого участника больше нет.</translation>
    </message>
    <message>
        <source>The source no longer exists.</source>
        <translation>Этого источника больше нет.</translation>
    </message>
    <message>
        <source>The era no longer exists.</source>
        <translation>Этого периода больше нет.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Этого сюжета больше нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message>
        <source>New &amp;Event…</source>
        <translation>Новое &amp;событие…</translation>
    </message>
    <message>
        <source>Edit Event…</source>
        <translation>Изменить событие…</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>&amp;Link Event To…</source>
        <translation>&amp;Связать событие с…</translation>
    </message>
    <message>
        <source>New &amp;Actor…</source>
        <translation>Новый &amp;участник…</translation>
    </message>
    <message>
        <source>Edit Actor…</source>
        <translation>Изменить участника…</translation>
    </message>
    <message>
        <source>&amp;Merge Actors…</source>
        <translation>&amp;Объединить участников…</translation>
    </message>
    <message>
        <source>Delete Actor</source>
        <translation>Удалить участника</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>Новый &amp;источник…</translation>
    </message>
    <message>
        <source>Edit Source…</source>
        <translation>Изменить источник…</translation>
    </message>
    <message>
        <source>New E&amp;ra…</source>
        <translation>Новый пе&amp;риод…</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes part in %n event(s). Delete the actor and those roles? (Undo brings them back.)</source>
        <translation>
            <numerusform>%1 участвует в %n событии. Удалить участника и эти роли? (Отмена вернёт их.)</numerusform>
            <numerusform>%1 участвует в %n событиях. Удалить участника и эти роли? (Отмена вернёт их.)</numerusform>
            <numerusform>%1 участвует в %n событиях. Удалить участника и эти роли? (Отмена вернёт их.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
</context>
<context>
    <name>entente::EntenteJsonImporter</name>
    <message>
        <source>this is not an Entente JSON file (&quot;format&quot; is not &quot;entente&quot;)</source>
        <translation>это не файл Entente JSON («format» не равен «entente»)</translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation>участнику нужно название</translation>
    </message>
    <message>
        <source>an event needs a title</source>
        <translation>событию нужно название</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim status</source>
        <translation>«%1» не является статусом утверждения</translation>
    </message>
    <message>
        <source>actor %1 is not in the file&apos;s actors</source>
        <translation>участника %1 нет среди участников файла</translation>
    </message>
    <message>
        <source>source %1 is not in the file&apos;s sources</source>
        <translation>источника %1 нет среди источников файла</translation>
    </message>
    <message>
        <source>the link joins events that are not in the file</source>
        <translation>связь соединяет события, которых нет в файле</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link kind</source>
        <translation>«%1» не является типом связи</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>event %1 is not in the file&apos;s events</source>
        <translation>события %1 нет среди событий файла</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor or event of the file</source>
        <translation>«%1» не является участником или событием файла</translation>
    </message>
    <message>
        <source>the file has no format version; an Entente JSON file says which it is</source>
        <translation>в файле нет версии формата; файл Entente JSON всегда указывает свою версию</translation>
    </message>
    <message>
        <source>%1 is not a format version (they count from 1); the file is damaged or was not written by Entente</source>
        <translation>%1 не является версией формата (они считаются от 1); файл повреждён или записан не Entente</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Entente reads (1 to %2); a newer Entente wrote it</source>
        <translation>версия формата %1 новее, чем читает эта версия Entente (от 1 до %2); файл записан более новой версией Entente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an actor kind (person, state, organization); the actor was imported as a person</source>
        <translation>«%1» не является типом участника (person, state, organization); участник импортирован как лицо</translation>
    </message>
    <message>
        <source>the file has this key twice; a JSON object names each key once, so one of the two would be lost</source>
        <translation>в файле этот ключ встречается дважды; объект JSON содержит каждый ключ один раз, поэтому одно из двух значений было бы потеряно</translation>
    </message>
    <message>
        <source>not a key of Entente JSON (format version %1); left out</source>
        <translation>не является ключом Entente JSON (версия формата %1); пропущено</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reliability grade (A to F)</source>
        <translation>«%1» — не оценка надёжности (от A до F)</translation>
    </message>
    <message>
        <source>%1 is not a credibility grade (1 to 6)</source>
        <translation>%1 — не оценка достоверности (от 1 до 6)</translation>
    </message>
    <message>
        <source>an attribute has no name</source>
        <translation>у атрибута нет имени</translation>
    </message>
    <message>
        <source>the attribute &quot;%1&quot; is not text</source>
        <translation>атрибут «%1» не является текстом</translation>
    </message>
    <message>
        <source>the account&apos;s end is before its start</source>
        <translation>конец версии источника раньше её начала</translation>
    </message>
</context>
<context>
    <name>entente::EventDialog</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Изменить событие</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>2022, 2022-03, 2022-03-29 or 2022-03-29T14:30; ~ at the end if approximate</source>
        <translation>2022, 2022-03, 2022-03-29 или 2022-03-29T14:30; ~ в конце, если приблизительно</translation>
    </message>
    <message>
        <source>empty for an instant</source>
        <translation>пусто — для мгновения</translation>
    </message>
    <message>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Конец</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>Claim stat&amp;us</source>
        <translation>Стат&amp;ус утверждения</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>Su&amp;mmary</source>
        <translation>Крат&amp;кое описание</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ме&amp;тки</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Событию нужно название.</translation>
    </message>
    <message>
        <source>The start date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата начала «%1» не является датой; запишите её как 2022, 2022-03 или 2022-03-29.</translation>
    </message>
    <message>
        <source>The end date &quot;%1&quot; is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата окончания «%1» не является датой; запишите её как 2022, 2022-03 или 2022-03-29.</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>Конец (%1) раньше начала (%2).</translation>
    </message>
    <message>
        <source>New Actor</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>%1 is not in this file. Add it as a new actor?</source>
        <translation>%1 нет в этом файле. Добавить как нового участника?</translation>
    </message>
    <message>
        <source>%1 is not an actor of this file.</source>
        <translation>%1 не является участником этого файла.</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>&amp;New Source…</source>
        <translation>&amp;Новый источник…</translation>
    </message>
    <message>
        <source>3 — possibly true</source>
        <translation>3 — возможно достоверно</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Новый: %1</translation>
    </message>
    <message>
        <source>%1 is cited twice; keep one row for it.</source>
        <translation>%1 указан дважды; оставьте для него одну строку.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2) is already in this file, on the same day with at least two of the same actors. Add this event&apos;s sources to it instead of making a second event?</source>
        <translation>«%1» (%2) уже есть в этом файле — в тот же день и как минимум с двумя теми же участниками. Добавить источники этого события к нему вместо создания второго события?</translation>
    </message>
    <message>
        <source>Already in the File?</source>
        <translation>Уже есть в файле?</translation>
    </message>
    <message>
        <source>Add Sources to It</source>
        <translation>Добавить к нему источники</translation>
    </message>
    <message>
        <source>Create New Event</source>
        <translation>Создать новое событие</translation>
    </message>
    <message>
        <source>Add Sources to Event</source>
        <translation>Добавить источники к событию</translation>
    </message>
    <message>
        <source>Not added: choose where the sources go.</source>
        <translation>Не добавлено: выберите, куда добавить источники.</translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; in the account of %2 is not a date; write it as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Дата «%1» в версии источника %2 не является датой; запишите её как 2022, 2022-03 или 2022-03-29.</translation>
    </message>
    <message>
        <source>The end &quot;%1&quot; in the account of %2 needs a start before it.</source>
        <translation>Концу «%1» в версии источника %2 нужно начало перед ним.</translation>
    </message>
    <message>
        <source>%1, in the account of %2, is not an actor of this file.</source>
        <translation>%1 в версии источника %2 не является участником этого файла.</translation>
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
        <translation>Название</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
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
        <translation>Оценка</translation>
    </message>
</context>
<context>
    <name>entente::EventWriter</name>
    <message>
        <source>the id %1 is already taken by another event</source>
        <translation>id %1 уже занят другим событием</translation>
    </message>
</context>
<context>
    <name>entente::Exporter</name>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>entente::ExtractDialog</name>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Найти события</translation>
    </message>
    <message>
        <source>&amp;Add Accepted Events</source>
        <translation>&amp;Добавить принятые события</translation>
    </message>
    <message>
        <source>New Events from Article</source>
        <translation>Новые события из статьи</translation>
    </message>
    <message>
        <source>Paste a news report here, or open or drop a .txt, .md, .html or .eml file.</source>
        <translation>Вставьте сюда новостное сообщение или откройте либо перетащите файл .txt, .md, .html или .eml.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
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
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>В файле</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Опубликовано:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>&amp;Drop</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>Open a News Report</source>
        <translation>Открыть новостное сообщение</translation>
    </message>
    <message>
        <source>News reports (*.txt *.md *.html *.htm *.eml)</source>
        <translation>Новостные сообщения (*.txt *.md *.html *.htm *.eml)</translation>
    </message>
    <message>
        <source>The publication date must be written YYYY-MM-DD.</source>
        <translation>Дату публикации нужно записать как ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>The article does not say when it was published: enter the date, then Find Events.</source>
        <translation>В статье не указано, когда она опубликована: введите дату, затем нажмите «Найти события».</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) proposed</source>
        <translation>
            <numerusform>Предложено %n событие</numerusform>
            <numerusform>Предложено %n события</numerusform>
            <numerusform>Предложено %n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the file</source>
        <translation>
            <numerusform>, %n уже в файле</numerusform>
            <numerusform>, %n уже в файле</numerusform>
            <numerusform>, %n уже в файле</numerusform>
        </translation>
    </message>
    <message>
        <source>* new to the file</source>
        <translation>* новое для файла</translation>
    </message>
    <message>
        <source>adds a source to “%1”</source>
        <translation>добавляет источник к «%1»</translation>
    </message>
    <message>
        <source>new event</source>
        <translation>новое событие</translation>
    </message>
    <message>
        <source>“%1” is not a date: write 2025-05-16, 2022-03 or 2025-05-23/2025-05-25.</source>
        <translation>«%1» — не дата: пишите 2025-05-16, 2022-03 или 2025-05-23/2025-05-25.</translation>
    </message>
    <message>
        <source>Select two or more proposals to merge.</source>
        <translation>Выберите два или более предложения для объединения.</translation>
    </message>
    <message>
        <source>No proposal is checked.</source>
        <translation>Не отмечено ни одного предложения.</translation>
    </message>
    <message>
        <source>%1 is not a .txt, .md, .html or .eml file.</source>
        <translation>%1 не является файлом .txt, .md, .html или .eml.</translation>
    </message>
</context>
<context>
    <name>entente::Extractor</name>
    <message>
        <source>There are no reading rules for &quot;%1&quot;.</source>
        <translation>Для «%1» нет правил чтения.</translation>
    </message>
    <message>
        <source>The article&apos;s publication date is not known: give it (--published YYYY-MM-DD).</source>
        <translation>Дата публикации статьи неизвестна: задайте её (--published YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>entente::FileHealth</name>
    <message>
        <source>Damaged file</source>
        <translation>Повреждённый файл</translation>
    </message>
    <message>
        <source>Entente will not write to it. You can go on reading it read-only, or copy what can still be read into a new file.</source>
        <translation>Entente не будет в него записывать. Можно продолжить читать его только для чтения или скопировать то, что ещё читается, в новый файл.</translation>
    </message>
    <message>
        <source>You can read what is left read-only, or copy what can still be read into a new file. The damaged file is left exactly as it is.</source>
        <translation>Можно читать оставшееся только для чтения или скопировать то, что ещё читается, в новый файл. Повреждённый файл останется в точности как есть.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <source>Recover into a &amp;New File…</source>
        <translation>Восстановить в &amp;новый файл…</translation>
    </message>
    <message>
        <source>-recovered</source>
        <translation>-восстановленный</translation>
    </message>
    <message>
        <source>Recover into a New File</source>
        <translation>Восстановить в новый файл</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Файлы Entente (*.entente)</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Choose a new file: the damaged one is left as it is.</source>
        <translation>Выберите новый файл: повреждённый останется как есть.</translation>
    </message>
    <message>
        <source>Copying what can be read from %1…</source>
        <translation>Копирование того, что читается, из %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1. Some could not be read and are missing.</source>
        <translation>
            <numerusform>В %1 восстановлена %n строка. Некоторые не удалось прочитать, их не хватает.</numerusform>
            <numerusform>В %1 восстановлено %n строки. Некоторые не удалось прочитать, их не хватает.</numerusform>
            <numerusform>В %1 восстановлено %n строк. Некоторые не удалось прочитать, их не хватает.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1; nothing was lost.</source>
        <translation>
            <numerusform>В %1 восстановлена %n строка; ничего не потеряно.</numerusform>
            <numerusform>В %1 восстановлено %n строки; ничего не потеряно.</numerusform>
            <numerusform>В %1 восстановлено %n строк; ничего не потеряно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>The last import into %1 was interrupted. Taking it back out, so the file is as it was before it…</source>
        <translation>Последний импорт в %1 был прерван. Откатываем его, чтобы файл стал таким, каким был до импорта…</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its interrupted import could not be taken back: %2.</source>
        <translation>Не удаётся открыть %1: не удалось откатить его прерванный импорт: %2.</translation>
    </message>
</context>
<context>
    <name>entente::FilterBar</name>
    <message>
        <source>Search titles, actors, places, quotes (Ctrl+F)</source>
        <translation>Поиск по названиям, участникам, местам, цитатам (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>A date as precise as you like: 2022, 2022-03 or 2022-03-29</source>
        <translation>Дата с любой точностью: 2022, 2022-03 или 2022-03-29</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Типы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>(none in this file)</source>
        <translation>(в этом файле нет)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Убрать фильтр %1</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Текст: %1</translation>
    </message>
    <message>
        <source>Dates: %1 to %2</source>
        <translation>Даты: с %1 по %2</translation>
    </message>
    <message>
        <source>Actor: %1</source>
        <translation>Участник: %1</translation>
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
        <translation>Метка: %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Очистить всё</translation>
    </message>
    <message>
        <source>Save Current View…</source>
        <translation>Сохранить текущий вид…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Название вида:</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Сохранённые виды</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
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
        <translation>Таблица TimelineJS</translation>
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
        <translation>События GDELT</translation>
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
        <translation>%1 до н. э.</translation>
    </message>
    <message>
        <source>c. %1</source>
        <extracomment>An approximate date: &quot;c. April 2022&quot;</extracomment>
        <translation>ок. %1</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>час</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>минута</translation>
    </message>
    <message>
        <source>second</source>
        <translation>секунда</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: there is no %3 %2</source>
        <translation>«%1» не является датой: %3 %2 не существует</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2022, 2022-03, 2022-03-29 or 2022-03-29T14:30)</source>
        <translation>«%1» не является датой (пишите 2022, 2022-03, 2022-03-29 или 2022-03-29T14:30)</translation>
    </message>
</context>
<context>
    <name>entente::GdeltLayout</name>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event number</source>
        <translation>«%1» не является номером события</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day (GDELT writes 20240131)</source>
        <translation>«%1» не является днём (GDELT пишет 20240131)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CAMEO event code (two to four digits)</source>
        <translation>«%1» не является кодом события CAMEO (от двух до четырёх цифр)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under no CAMEO root code (01 to 20)</source>
        <translation>«%1» не относится ни к одному корневому коду CAMEO (от 01 до 20)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the root of the event code %2</source>
        <translation>«%1» не является корнем кода события %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a QuadClass (1 to 4)</source>
        <translation>«%1» не является QuadClass (от 1 до 4)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Goldstein score (-10 to 10)</source>
        <translation>«%1» не является оценкой по шкале Голдстейна (от -10 до 10)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a count</source>
        <translation>«%1» не является количеством</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tone (a number)</source>
        <translation>«%1» не является тональностью (числом)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a latitude</source>
        <translation>«%1» не является широтой</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a longitude</source>
        <translation>«%1» не является долготой</translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the %n field(s) %2 has (a short row)</source>
        <translation>
            <numerusform>строка заканчивается после %1 из %n поля формата %2 (короткая строка)</numerusform>
            <numerusform>строка заканчивается после %1 из %n полей формата %2 (короткая строка)</numerusform>
            <numerusform>строка заканчивается после %1 из %n полей формата %2 (короткая строка)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where %1 has %2</source>
        <translation>
            <numerusform>в строке %n поле, а в формате %1 их %2</numerusform>
            <numerusform>в строке %n поля, а в формате %1 их %2</numerusform>
            <numerusform>в строке %n полей, а в формате %1 их %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GdeltReader</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>it holds no GDELT events: there is nothing to import</source>
        <translation>в нём нет событий GDELT: импортировать нечего</translation>
    </message>
    <message>
        <source>the row is not UTF-8 text</source>
        <translation>строка не является текстом UTF-8</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the CAMEO codebook</source>
        <translation>«%1» нет в кодификаторе CAMEO</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n tab-separated field(s); a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</source>
        <translation>
            <numerusform>в строке %n поле, разделённое табуляцией; в файле событий GDELT их 57 или 58 (GDELT 1.0) либо 61 (GDELT 2.0)</numerusform>
            <numerusform>в строке %n поля, разделённых табуляцией; в файле событий GDELT их 57 или 58 (GDELT 1.0) либо 61 (GDELT 2.0)</numerusform>
            <numerusform>в строке %n полей, разделённых табуляцией; в файле событий GDELT их 57 или 58 (GDELT 1.0) либо 61 (GDELT 2.0)</numerusform>
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
        <translation>Надёжность источника</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>%1 or better: %2</source>
        <translation>%1 или лучше: %2</translation>
    </message>
    <message>
        <source>Information credibility</source>
        <translation>Достоверность информации</translation>
    </message>
    <message>
        <source>Any report</source>
        <translation>Любое сообщение</translation>
    </message>
    <message>
        <source>1: %1</source>
        <translation>1: %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Grade (%1)</source>
        <translation>Оценка (%1)</translation>
    </message>
</context>
<context>
    <name>entente::GraphCanvas</name>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Degree %1 · weighted %2 · betweenness %3 · community %4</source>
        <translation>Степень %1 · взвешенная %2 · посредничество %3 · сообщество %4</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
</context>
<context>
    <name>entente::GraphExport</name>
    <message numerus="yes">
        <source>The %1 most connected actors are shown; %n more are not.</source>
        <translation>
            <numerusform>Показаны %1 самых связанных участников; остальные (%n) не показаны.</numerusform>
            <numerusform>Показаны %1 самых связанных участников; остальные (%n) не показаны.</numerusform>
            <numerusform>Показаны %1 самых связанных участников; остальные (%n) не показаны.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphExportDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Экспорт графа</translation>
    </message>
</context>
<context>
    <name>entente::GraphExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetrics</name>
    <message>
        <source>Degree</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>Weighted degree</source>
        <translation>Взвешенная степень</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Посредничество</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
</context>
<context>
    <name>entente::GraphMetricsModel</name>
    <message>
        <source>Actor</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Betweenness ≈</source>
        <translation>Посредничество ≈</translation>
    </message>
    <message numerus="yes">
        <source>Approximate: with %n nodes, only paths of up to %1 steps are counted</source>
        <translation>
            <numerusform>Приближённо: при %n узле учтены только пути до %1 шагов</numerusform>
            <numerusform>Приближённо: при %n узлах учтены только пути до %1 шагов</numerusform>
            <numerusform>Приближённо: при %n узлах учтены только пути до %1 шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphRenderer</name>
    <message>
        <source>No actors in this window</source>
        <translation>В этом временном окне нет участников</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s), </source>
        <translation>
            <numerusform>%n участник, </numerusform>
            <numerusform>%n участника, </numerusform>
            <numerusform>%n участников, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Size and colour: %1 · %2</source>
        <translation>Размер и цвет: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n участник</numerusform>
            <numerusform>%n участника</numerusform>
            <numerusform>%n участников</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; edge width: shared events</source>
        <translation>%1; толщина ребра: общие события</translation>
    </message>
    <message>
        <source>Actor, sized by %1</source>
        <translation>Участник, размер по мере «%1»</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Community: </source>
        <translation>Сообщество: </translation>
    </message>
    <message>
        <source>Colour: low</source>
        <translation>Цвет: низкий</translation>
    </message>
    <message>
        <source>high</source>
        <translation>высокий</translation>
    </message>
    <message>
        <source>Edge width: shared events (1 to %1)</source>
        <translation>Толщина ребра: общие события (от 1 до %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (approximate: paths of up to %n step(s))</source>
        <translation>
            <numerusform>%1 (приближённо: пути до %n шага)</numerusform>
            <numerusform>%1 (приближённо: пути до %n шагов)</numerusform>
            <numerusform>%1 (приближённо: пути до %n шагов)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message>
        <source>Actors and events</source>
        <translation>Участники и события</translation>
    </message>
    <message>
        <source>Actors only</source>
        <translation>Только участники</translation>
    </message>
    <message>
        <source>Find a node…</source>
        <translation>Найти узел…</translation>
    </message>
    <message>
        <source>Focus steps: </source>
        <translation>Шаги: </translation>
    </message>
    <message>
        <source>Double-click a node to show its neighbourhood this many steps out; Esc shows all</source>
        <translation>Дважды щёлкните узел, чтобы показать его окружение на столько шагов; Esc показывает всё</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Вместить</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Show the network as it stood at this time</source>
        <translation>Показать сеть такой, какой она была в это время</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>Найти узел</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Узлы</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <source>Focus steps</source>
        <translation>Шагов от фокуса</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Graph measures</source>
        <translation>Меры графа</translation>
    </message>
    <message>
        <source>Actor graph</source>
        <translation>Граф участников</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export the graph as shown to PNG, SVG or PDF, with a title, legend and credit</source>
        <translation>Экспортировать граф, как показан, в PNG, SVG или PDF, с заголовком, легендой и строкой авторства</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>Betweenness (approximate)</source>
        <translation>Посредничество (приближённо)</translation>
    </message>
    <message>
        <source>Who brokers: how many shortest paths pass through a node</source>
        <translation>Кто посредничает: сколько кратчайших путей проходит через узел</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show or hide the table of measures</source>
        <translation>Показать или скрыть таблицу мер</translation>
    </message>
    <message numerus="yes">
        <source>With over %Ln node(s) %1 are counted</source>
        <translation>
            <numerusform>Когда узлов больше %Ln, учитываются %1</numerusform>
            <numerusform>Когда узлов больше %Ln, учитываются %1</numerusform>
            <numerusform>Когда узлов больше %Ln, учитываются %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only paths of up to %n step(s)</source>
        <translation>
            <numerusform>только пути до %n шага</numerusform>
            <numerusform>только пути до %n шагов</numerusform>
            <numerusform>только пути до %n шагов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln event(s) are in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</source>
        <translation>
            <numerusform>В поле зрения больше %Ln события, слишком много, чтобы рисовать каждое отдельно: граф показывает участников, связанных общими событиями. Сузьте хронологию или фильтр, чтобы увидеть события.</numerusform>
            <numerusform>В поле зрения больше %Ln событий, слишком много, чтобы рисовать каждое отдельно: граф показывает участников, связанных общими событиями. Сузьте хронологию или фильтр, чтобы увидеть события.</numerusform>
            <numerusform>В поле зрения больше %Ln событий, слишком много, чтобы рисовать каждое отдельно: граф показывает участников, связанных общими событиями. Сузьте хронологию или фильтр, чтобы увидеть события.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::HighlightActorsDialog</name>
    <message>
        <source>Highlight Actors</source>
        <translation>Выделить участников</translation>
    </message>
    <message>
        <source>%1 (in this event)</source>
        <translation>%1 (в этом событии)</translation>
    </message>
    <message>
        <source>The presentation shows these actors&apos; lanes at full colour:</source>
        <translation>Презентация показывает дорожки этих участников в полном цвете:</translation>
    </message>
</context>
<context>
    <name>entente::HistoryPanel</name>
    <message>
        <source>event</source>
        <translation>события</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>участника</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источника</translation>
    </message>
    <message>
        <source>era</source>
        <translation>периода</translation>
    </message>
    <message>
        <source>story</source>
        <translation>сюжета</translation>
    </message>
    <message>
        <source>link</source>
        <translation>связи</translation>
    </message>
    <message>
        <source>saved view</source>
        <translation>сохранённого вида</translation>
    </message>
    <message>
        <source>graph layout</source>
        <translation>расположения графа</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>хронологии</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменённые поля</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавление</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>Only a shared database keeps a history of who changed what: File ▸ Open Shared Database…</source>
        <translation>Историю того, кто что изменил, ведёт только общая база данных: Файл ▸ Открыть общую базу данных…</translation>
    </message>
    <message>
        <source>Nobody has changed this timeline yet.</source>
        <translation>Эту хронологию ещё никто не изменял.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Who changed what in the shared timeline</source>
        <translation>Кто что изменил в общей хронологии</translation>
    </message>
</context>
<context>
    <name>entente::IcsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), the first &quot;%1&quot;.</source>
        <translation>
            <numerusform>Пропущено %n событие, датированное ранее 1 года или позднее 9999 (iCalendar не может записать такие даты), первое — «%1».</numerusform>
            <numerusform>Пропущено %n события, датированных ранее 1 года или позднее 9999 (iCalendar не может записать такие даты), первое — «%1».</numerusform>
            <numerusform>Пропущено %n событий, датированных ранее 1 года или позднее 9999 (iCalendar не может записать такие даты), первое — «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportDialog</name>
    <message>
        <source>Stop at the first bad row and import nothing</source>
        <translation>Остановиться на первой ошибочной строке и ничего не импортировать</translation>
    </message>
    <message>
        <source>TimelineJS groups become tags, not actors</source>
        <translation>Группы TimelineJS становятся метками, а не участниками</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Import %1 into %2</source>
        <translation>Импорт %1 в %2</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>Определить по содержимому</translation>
    </message>
    <message>
        <source>Recognise from the content (%1)</source>
        <translation>Определить по содержимому (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Which of Entente&apos;s fields each column of the file holds. Title and start are needed; a column left out is not imported.</source>
        <translation>Какое поле Entente содержит каждый столбец файла. Нужны название (title) и начало (start); пропущенный столбец не импортируется.</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Entente does not recognise this file&apos;s format; choose one.</source>
        <translation>Entente не распознаёт формат этого файла; выберите его.</translation>
    </message>
    <message>
        <source>Two columns are read as %1; leave one out.</source>
        <translation>Два столбца читаются как %1; пропустите один.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s title.</source>
        <translation>Выберите столбец с названием каждого события.</translation>
    </message>
    <message>
        <source>Choose the column that holds each event&apos;s date (start).</source>
        <translation>Выберите столбец с датой каждого события (start).</translation>
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
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Импорт в %1</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was added.</source>
        <translation>Импорт %1 отменён; ничего не добавлено.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Only the events the filter shows</source>
        <translation>Только события, которые показывает фильтр</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Экспортировать как</translation>
    </message>
    <message>
        <source>Entente cannot write the format %1.</source>
        <translation>Entente не умеет записывать формат %1.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Записано %1.</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>этот файл</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Экспорт %1…</translation>
    </message>
    <message>
        <source>Timelines and event lists (%1)</source>
        <translation>Хронологии и списки событий (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>This import is too large to undo (%n event(s)); Edit ▸ Undo starts after it.</source>
        <translation>
            <numerusform>Этот импорт слишком велик для отмены (%n событие); «Правка ▸ Отменить» начнётся после него.</numerusform>
            <numerusform>Этот импорт слишком велик для отмены (%n события); «Правка ▸ Отменить» начнётся после него.</numerusform>
            <numerusform>Этот импорт слишком велик для отмены (%n событий); «Правка ▸ Отменить» начнётся после него.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln event(s); building their indexes for search…</source>
        <translation>
            <numerusform>Сохранено %Ln событие; строятся индексы для поиска…</numerusform>
            <numerusform>Сохранено %Ln события; строятся индексы для поиска…</numerusform>
            <numerusform>Сохранено %Ln событий; строятся индексы для поиска…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportSink</name>
    <message>
        <source>an actor&apos;s name is blank</source>
        <translation>название участника пустое</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>an event needs a text</source>
        <translation>событию нужен текст</translation>
    </message>
    <message>
        <source>the end %1 is before the start %2</source>
        <translation>конец %1 раньше начала %2</translation>
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
        <translation>  ... и ещё %1
</translation>
    </message>
    <message>
        <source>Imported %1 (%2): %3, %4, %5, %6, %7.
</source>
        <translation>Импортировано %1 (%2): %3, %4, %5, %6, %7.
</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новый участник</numerusform>
            <numerusform>%n новых участника</numerusform>
            <numerusform>%n новых участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to existing actor(s)</source>
        <translation>
            <numerusform>%n сопоставлен с имеющимся участником</numerusform>
            <numerusform>%n сопоставлено с имеющимися участниками</numerusform>
            <numerusform>%n сопоставлено с имеющимися участниками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n источник</numerusform>
            <numerusform>%n источника</numerusform>
            <numerusform>%n источников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n период</numerusform>
            <numerusform>%n периода</numerusform>
            <numerusform>%n периодов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):
</source>
        <translation>
            <numerusform>Пропущена %n строка:
</numerusform>
            <numerusform>Пропущено %n строки:
</numerusform>
            <numerusform>Пропущено %n строк:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n value(s):
</source>
        <translation>
            <numerusform>Изменено %n значение:
</numerusform>
            <numerusform>Изменено %n значения:
</numerusform>
            <numerusform>Изменено %n значений:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) by --where.
</source>
        <translation>
            <numerusform>Из-за --where пропущена %n строка.
</numerusform>
            <numerusform>Из-за --where пропущено %n строки.
</numerusform>
            <numerusform>Из-за --where пропущено %n строк.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded %n report(s) into events of the same happening.
</source>
        <translation>
            <numerusform>%n сообщение объединено в события об одном и том же происшествии.
</numerusform>
            <numerusform>%n сообщения объединено в события об одном и том же происшествии.
</numerusform>
            <numerusform>%n сообщений объединено в события об одном и том же происшествии.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonDocument</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1 занимает %2 МБ — больше 1024 МБ, допустимых для файла JSON; разделите его или используйте CSV.</translation>
    </message>
    <message>
        <source>%1 is too large to parse in the memory available.</source>
        <translation>%1 слишком велик для разбора в доступной памяти.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 не в UTF-8 (возможно, Windows-1252 или Latin-1); сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON повреждён (%1)</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <source>expected text, found a list or an object</source>
        <translation>ожидался текст, а найден список или объект</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>«%1» не является целым числом</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидалось число</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the number %1 is too large (Entente reads numbers a double or a 64-bit integer holds)</source>
        <translation>число %1 слишком велико (Entente читает числа, которые вмещает double или 64-битное целое)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» не является числом</translation>
    </message>
    <message>
        <source>%1 is not a coordinate between -%2 and %2</source>
        <translation>%1 не является координатой между -%2 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 имеет вложенность глубже %n уровня, что не нужно ни одной хронологии; отклонено.</numerusform>
            <numerusform>%1 имеет вложенность глубже %n уровней, что не нужно ни одной хронологии; отклонено.</numerusform>
            <numerusform>%1 имеет вложенность глубже %n уровней, что не нужно ни одной хронологии; отклонено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonStream</name>
    <message>
        <source>%1 is %2 MB, more than the 1024 MB a JSON file may have; split it or use CSV.</source>
        <translation>%1 занимает %2 МБ — больше 1024 МБ, допустимых для файла JSON; разделите его или используйте CSV.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>a value is longer than %1 MB, more than any timeline needs; refused</source>
        <translation>значение длиннее %1 МБ — больше, чем нужно любой хронологии; отклонено</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>ожидалось %1</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>файл заканчивается внутри строки</translation>
    </message>
    <message>
        <source>the file ends where a value should be</source>
        <translation>файл заканчивается там, где должно быть значение</translation>
    </message>
    <message>
        <source>the file ends inside a list or an object</source>
        <translation>файл заканчивается внутри списка или объекта</translation>
    </message>
    <message>
        <source>a bracket is closed by the wrong kind</source>
        <translation>скобка закрыта скобкой другого вида</translation>
    </message>
    <message>
        <source>expected a key in quotes</source>
        <translation>ожидался ключ в кавычках</translation>
    </message>
    <message>
        <source>expected a comma or the end of the object</source>
        <translation>ожидалась запятая или конец объекта</translation>
    </message>
    <message>
        <source>something follows the end of the object</source>
        <translation>после конца объекта что-то есть</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <source>expected a comma or the end of the list</source>
        <translation>ожидалась запятая или конец списка</translation>
    </message>
    <message>
        <source>the JSON is malformed (%1)</source>
        <translation>JSON повреждён (%1)</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it may be Windows-1252 or Latin-1); save it as UTF-8 and import it again.</source>
        <translation>%1 не в UTF-8 (возможно, Windows-1252 или Latin-1); сохраните его как UTF-8 и импортируйте снова.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the file is a list; an Entente JSON file is one object</source>
        <translation>файл является списком; файл Entente JSON — это один объект</translation>
    </message>
    <message>
        <source>an Entente JSON file is one object, which begins with &quot;{&quot;</source>
        <translation>файл Entente JSON — это один объект, который начинается с «{»</translation>
    </message>
    <message>
        <source>a record of %1 MB, more than the %2 MB any timeline needs; refused</source>
        <translation>запись размером %1 МБ — больше %2 МБ, которых достаточно любой хронологии; отклонено</translation>
    </message>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 имеет вложенность глубже %n уровня, что не нужно ни одной хронологии; отклонено.</numerusform>
            <numerusform>%1 имеет вложенность глубже %n уровней, что не нужно ни одной хронологии; отклонено.</numerusform>
            <numerusform>%1 имеет вложенность глубже %n уровней, что не нужно ни одной хронологии; отклонено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::LineReader</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the file cannot be read on (%1)</source>
        <translation>файл не удаётся читать дальше (%1)</translation>
    </message>
    <message>
        <source>the line is longer than 16 MB, more than any event row needs; refused</source>
        <translation>строка длиннее 16 МБ — больше, чем нужно любой строке событий; отклонено</translation>
    </message>
</context>
<context>
    <name>entente::LinkKind</name>
    <message>
        <source>follows</source>
        <translation>следует за</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>отвечает на</translation>
    </message>
    <message>
        <source>causes</source>
        <translation>вызывает</translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No file is open&lt;/h2&gt;&lt;p&gt;Open an Entente file (Ctrl+O), start a new one (Ctrl+N) or open the sample from the File menu.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ни один файл не открыт&lt;/h2&gt;&lt;p&gt;Откройте файл Entente (Ctrl+O), создайте новый (Ctrl+N) или откройте пример из меню «Файл».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Граф</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;открыто&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>New Entente File</source>
        <translation>Новый файл Entente</translation>
    </message>
    <message>
        <source>Entente files (*.entente)</source>
        <translation>Файлы Entente (*.entente)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open Entente File</source>
        <translation>Открыть файл Entente</translation>
    </message>
    <message>
        <source>Entente files (*.entente);;All files (*)</source>
        <translation>Файлы Entente (*.entente);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Открыть &amp;пример</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>&amp;Сюжеты</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Презентовать</translation>
    </message>
    <message>
        <source>&amp;Fit Timeline</source>
        <translation>&amp;Вместить хронологию</translation>
    </message>
    <message>
        <source>Export Timeline &amp;Picture…</source>
        <translation>Экспорт &amp;изображения хронологии…</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>С&amp;бросить расположение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;О программе Entente</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read it but not change it.</source>
        <translation>%1 доступен только для чтения: его можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 уже существует; выберите другое имя.</translation>
    </message>
    <message>
        <source>Choose another file than the open one.</source>
        <translation>Выберите файл, отличный от открытого.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>Не удалось записать копию: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Welcome to Entente</source>
        <translation>Добро пожаловать в Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to Entente&lt;/h3&gt;&lt;p&gt;This is the sample, &lt;i&gt;Istanbul talks, 2022–2025&lt;/i&gt;. Things to try:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Click an event on the timeline: the Details panel says who took part and &lt;b&gt;who says so&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;Ctrl+F&lt;/b&gt; and type &lt;i&gt;Johnson&lt;/i&gt;: every view narrows to his events.&lt;/li&gt;&lt;li&gt;Scroll over the timeline to zoom, drag to pan, press &lt;b&gt;F&lt;/b&gt; to fit it all.&lt;/li&gt;&lt;li&gt;Open the &lt;b&gt;Graph&lt;/b&gt; and &lt;b&gt;Charts&lt;/b&gt; tabs; drag across the time chart.&lt;/li&gt;&lt;li&gt;Double-click a title in the table to edit it, then &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Help ▸ User Guide has the rest.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Добро пожаловать в Entente&lt;/h3&gt;&lt;p&gt;Это пример, &lt;i&gt;Стамбульские переговоры, 2022–2025&lt;/i&gt;. Что попробовать:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Щёлкните событие на хронологии: панель «Подробности» покажет, кто участвовал и &lt;b&gt;кто это утверждает&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Нажмите &lt;b&gt;Ctrl+F&lt;/b&gt; и введите &lt;i&gt;Johnson&lt;/i&gt;: все виды сузятся до его событий.&lt;/li&gt;&lt;li&gt;Прокручивайте над хронологией для масштаба, тяните для сдвига, нажмите &lt;b&gt;F&lt;/b&gt;, чтобы вместить всё.&lt;/li&gt;&lt;li&gt;Откройте вкладки &lt;b&gt;Граф&lt;/b&gt; и &lt;b&gt;Диаграммы&lt;/b&gt;; протяните по временной диаграмме.&lt;/li&gt;&lt;li&gt;Дважды щёлкните название в таблице, чтобы изменить его, затем &lt;b&gt;Ctrl+Z&lt;/b&gt;.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Остальное — в «Справка ▸ Руководство пользователя».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[только чтение]</translation>
    </message>
    <message>
        <source>Entente</source>
        <translation>Entente</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>О программе Entente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Browse, present and export diplomacy timelines: dated events, the actors in them and the sources that report them.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLite, igraph and simdjson.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Entente %1&lt;/h3&gt;&lt;p&gt;Просмотр, презентация и экспорт дипломатических хронологий: датированные события, их участники и источники, которые о них сообщают.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2, SQLite, igraph и simdjson.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entente User Guide</source>
        <translation>Руководство пользователя Entente</translation>
    </message>
    <message>
        <source>The user guide is not installed.</source>
        <translation>Руководство пользователя не установлено.</translation>
    </message>
    <message>
        <source>%1 failed its integrity check: %2</source>
        <translation>%1 не прошёл проверку целостности: %2</translation>
    </message>
    <message>
        <source>New Events from &amp;Article…</source>
        <translation>Новые события из &amp;статьи…</translation>
    </message>
    <message>
        <source>Open or create a file first: the events go into it.</source>
        <translation>Сначала откройте или создайте файл: события будут добавлены в него.</translation>
    </message>
    <message>
        <source>Check &amp;Draft Events</source>
        <translation>Проверить &amp;черновики событий</translation>
    </message>
    <message numerus="yes">
        <source>%n draft event(s) from articles to check.</source>
        <translation>
            <numerusform>%n черновик события из статей для проверки.</numerusform>
            <numerusform>%n черновика событий из статей для проверки.</numerusform>
            <numerusform>%n черновиков событий из статей для проверки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 из %Ln события</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
            <numerusform>%1 из %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 не открыт.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Открыть другой файл…</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Открыть пример</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>File Not Opened</source>
        <translation>Файл не открыт</translation>
    </message>
    <message>
        <source>Open Shared &amp;Database…</source>
        <translation>Открыть общую &amp;базу данных…</translation>
    </message>
    <message>
        <source>&amp;Keep Time Window</source>
        <translation>&amp;Фиксировать временное окно</translation>
    </message>
    <message>
        <source>Keep the timeline where it is when the filter changes</source>
        <translation>Не сдвигать хронологию при изменении фильтра</translation>
    </message>
    <message>
        <source>Marks by &amp;Grade</source>
        <translation>Отметки по &amp;оценке</translation>
    </message>
    <message>
        <source>Opening the shared timeline…</source>
        <translation>Открытие общей хронологии…</translation>
    </message>
    <message>
        <source>The server asks for the password of %1.</source>
        <translation>Сервер запрашивает пароль пользователя %1.</translation>
    </message>
    <message>
        <source>You may only read this shared timeline.</source>
        <translation>Эту общую хронологию вы можете только читать.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>Change History</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Shared: %1</source>
        <translation>Общая: %1</translation>
    </message>
    <message>
        <source>connection lost, read-only</source>
        <translation>соединение потеряно, только чтение</translation>
    </message>
    <message>
        <source>read-only (viewer)</source>
        <translation>только чтение (наблюдатель)</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Your change replaced theirs.</source>
        <translation>Ваше изменение заменило их изменение.</translation>
    </message>
    <message>
        <source>fetching an import, read-only</source>
        <translation>поступает импорт, только чтение</translation>
    </message>
    <message>
        <source>Sorting the table; its rows stay as they are until then.</source>
        <translation>Таблица сортируется; до тех пор её строки остаются как были.</translation>
    </message>
</context>
<context>
    <name>entente::NewSourcePanel</name>
    <message>
        <source>New source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>the sentence that says so</source>
        <translation>предложение, в котором это сказано</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>Cre&amp;dibility</source>
        <translation>&amp;Достоверность</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Добавить источник</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Открыть общую базу данных</translation>
    </message>
    <message>
        <source>A timeline a whole desk edits at once, kept on the newsroom&apos;s PostgreSQL server. Entente keeps no password: it reads yours from ~/.pgpass.</source>
        <translation>Хронология, которую одновременно редактирует вся редакция, хранится на сервере PostgreSQL редакции. Entente не хранит паролей: ваш пароль читается из ~/.pgpass.</translation>
    </message>
    <message>
        <source>(choose a recent database)</source>
        <translation>(выберите недавнюю базу данных)</translation>
    </message>
    <message>
        <source>Use it when the server offers it (prefer)</source>
        <translation>Использовать, если сервер предлагает (prefer)</translation>
    </message>
    <message>
        <source>Always (require)</source>
        <translation>Всегда (require)</translation>
    </message>
    <message>
        <source>Always, and check the server&apos;s certificate (verify-full)</source>
        <translation>Всегда, с проверкой сертификата сервера (verify-full)</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>Никогда (disable)</translation>
    </message>
    <message>
        <source>Recent:</source>
        <translation>Недавние:</translation>
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
        <translation>База данных:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <source>Encryption (TLS):</source>
        <translation>Шифрование (TLS):</translation>
    </message>
    <message>
        <source>The password is used for this connection only and is not saved; to skip this question, put it in ~/.pgpass.</source>
        <translation>Пароль используется только для этого соединения и не сохраняется; чтобы этот вопрос не появлялся, запишите его в ~/.pgpass.</translation>
    </message>
    <message>
        <source>Recent shared databases</source>
        <translation>Недавние общие базы данных</translation>
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
        <translation>База данных</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation>Шифрование (TLS)</translation>
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
        <translation>недоступна для чтения и записи</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>недоступна для записи</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>недоступна для чтения</translation>
    </message>
</context>
<context>
    <name>entente::PgMirror</name>
    <message>
        <source>The shared timeline %1 gave no ids for new rows.</source>
        <translation>Общая хронология %1 не выдала идентификаторов для новых записей.</translation>
    </message>
</context>
<context>
    <name>entente::PictureExportDialog</name>
    <message>
        <source>Show the legend</source>
        <translation>Показать легенду</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>One line on what the picture shows (optional)</source>
        <translation>Одна строка о том, что показывает изображение (необязательно)</translation>
    </message>
    <message>
        <source>What the reader should know: method, caveats (optional)</source>
        <translation>Что должен знать читатель: методика, оговорки (необязательно)</translation>
    </message>
    <message>
        <source>Left empty: the sources of the events shown</source>
        <translation>Если пусто — источники показанных событий</translation>
    </message>
    <message>
        <source>Graphic: your name (optional)</source>
        <translation>Графика: ваше имя (необязательно)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <source>Width, height, scale:</source>
        <translation>Ширина, высота, масштаб:</translation>
    </message>
    <message>
        <source>Headline:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примечания:</translation>
    </message>
    <message>
        <source>Source line:</source>
        <translation>Строка источников:</translation>
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
        <translation>Изображение PNG (*.png);;Рисунок SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>entente::PictureWriter</name>
    <message>
        <source>Cannot export to %1: the size %2×%3 (scale %4) is too small or too large.</source>
        <translation>Не удаётся экспортировать в %1: размер %2×%3 (масштаб %4) слишком мал или слишком велик.</translation>
    </message>
    <message>
        <source>Cannot export to %1: the name must end in .png, .svg or .pdf.</source>
        <translation>Не удаётся экспортировать в %1: имя должно оканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>папка доступна только для чтения</translation>
    </message>
    <message>
        <source>there is no such folder</source>
        <translation>такой папки нет</translation>
    </message>
    <message>
        <source>Cannot export to %1: not enough memory for %2×%3 pixels.</source>
        <translation>Не удаётся экспортировать в %1: не хватает памяти для %2×%3 пикселей.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk may be full.</source>
        <translation>Не удаётся записать %1: возможно, диск заполнен.</translation>
    </message>
</context>
<context>
    <name>entente::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Презентация</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Отфильтрованные события</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Перейти к %1</translation>
    </message>
</context>
<context>
    <name>entente::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Вид докладчика</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Нет шагов</translation>
    </message>
    <message>
        <source>Step %1 / %2</source>
        <translation>Шаг %1 / %2</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Для этого шага нет заметки.)</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Далее: %1</translation>
    </message>
    <message>
        <source>Next: the end of the story.</source>
        <translation>Далее: конец сюжета.</translation>
    </message>
</context>
<context>
    <name>entente::ProposalWriter</name>
    <message>
        <source>The file is open read-only.</source>
        <translation>Файл открыт только для чтения.</translation>
    </message>
    <message numerus="yes">
        <source>New events from %n article(s)</source>
        <translation>
            <numerusform>Новые события из %n статьи</numerusform>
            <numerusform>Новые события из %n статей</numerusform>
            <numerusform>Новые события из %n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown outlet</source>
        <translation>Неизвестное издание</translation>
    </message>
    <message>
        <source>%1 (as of %2, from &quot;%3&quot;)</source>
        <translation>%1 (по состоянию на %2, из «%3»)</translation>
    </message>
</context>
<context>
    <name>entente::Publication</name>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more</source>
        <translation>
            <numerusform>Источники: %1 и ещё %n</numerusform>
            <numerusform>Источники: %1 и ещё %n</numerusform>
            <numerusform>Источники: %1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Slide (1920 × 1080)</source>
        <translation>Слайд (1920 × 1080)</translation>
    </message>
    <message>
        <source>Social card (1200 × 675)</source>
        <translation>Карточка для соцсетей (1200 × 675)</translation>
    </message>
    <message>
        <source>Portrait post (1080 × 1350)</source>
        <translation>Вертикальный пост (1080 × 1350)</translation>
    </message>
    <message>
        <source>A4 landscape, 300 dpi</source>
        <translation>A4 альбомная, 300 dpi</translation>
    </message>
    <message>
        <source>A4 portrait, 300 dpi</source>
        <translation>A4 книжная, 300 dpi</translation>
    </message>
</context>
<context>
    <name>entente::RangeSlider</name>
    <message>
        <source>Date range</source>
        <translation>Диапазон дат</translation>
    </message>
</context>
<context>
    <name>entente::RecordForms</name>
    <message>
        <source>Edit Source</source>
        <translation>Изменить источник</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>Новый источник</translation>
    </message>
    <message>
        <source>Edit Era</source>
        <translation>Изменить период</translation>
    </message>
    <message>
        <source>New Era</source>
        <translation>Новый период</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Конец</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <source>The era needs a name.</source>
        <translation>Периоду нужно название.</translation>
    </message>
    <message>
        <source>Both dates are needed, as 2022, 2022-03 or 2022-03-29.</source>
        <translation>Нужны обе даты, как 2022, 2022-03 или 2022-03-29.</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>Конец раньше начала.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour.</source>
        <translation>«%1» не является цветом.</translation>
    </message>
    <message>
        <source>Link Events</source>
        <translation>Связать события</translation>
    </message>
    <message>
        <source>This event</source>
        <translation>Это событие</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Связь</translation>
    </message>
    <message>
        <source>&amp;Other event</source>
        <translation>&amp;Другое событие</translation>
    </message>
    <message>
        <source>Choose the other event.</source>
        <translation>Выберите другое событие.</translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Объединить участников</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Оставить</translation>
    </message>
    <message>
        <source>&amp;Merge into it</source>
        <translation>&amp;Присоединить к нему</translation>
    </message>
    <message>
        <source>The second actor&apos;s events, roles, aliases and titles move to the first; its name becomes an alias. One step to undo.</source>
        <translation>События, роли, другие имена и должности второго участника переходят к первому; его название становится другим именем. Отменяется одним шагом.</translation>
    </message>
    <message>
        <source>Choose two actors.</source>
        <translation>Выберите двух участников.</translation>
    </message>
    <message>
        <source>Choose two different actors.</source>
        <translation>Выберите двух разных участников.</translation>
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
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пикс.</translation>
    </message>
    <message>
        <source>Export width</source>
        <translation>Ширина экспорта</translation>
    </message>
    <message>
        <source>Export height</source>
        <translation>Высота экспорта</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Размер шрифта</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>A new language applies when Entente next starts.</source>
        <translation>Новый язык применяется после перезапуска Entente.</translation>
    </message>
    <message>
        <source>Default &amp;export size</source>
        <translation>Размер &amp;экспорта по умолчанию</translation>
    </message>
</context>
<context>
    <name>entente::SharedOpener</name>
    <message numerus="yes">
        <source>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln record(s)…</source>
        <translation>
            <numerusform>Копирование %1 на этот компьютер (только при первом открытии здесь):
%2 из %Ln записи…</numerusform>
            <numerusform>Копирование %1 на этот компьютер (только при первом открытии здесь):
%2 из %Ln записей…</numerusform>
            <numerusform>Копирование %1 на этот компьютер (только при первом открытии здесь):
%2 из %Ln записей…</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the copy of %1 for search and browsing:
step %2 of %3…</source>
        <translation>Подготовка копии %1 к поиску и просмотру:
шаг %2 из %3…</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1…</source>
        <translation>Открытие общей хронологии %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open Shared Timeline</source>
        <translation>Открыть общую хронологию</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть общую хронологию %1: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped.</source>
        <translation>Открытие общей хронологии %1 остановлено.</translation>
    </message>
    <message>
        <source>Fetching the starting copy of %1 to this computer, the first time it is opened here:
%2 of %3 MB…</source>
        <translation>Получение начальной копии %1 на этот компьютер (только при первом открытии здесь):
%2 из %3 МБ…</translation>
    </message>
</context>
<context>
    <name>entente::SharedSession</name>
    <message>
        <source>What is on screen stays, read-only, until it is back.</source>
        <translation>То, что на экране, остаётся доступным только для чтения, пока соединение не восстановится.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline is back.</source>
        <translation>Соединение с общей хронологией восстановлено.</translation>
    </message>
    <message>
        <source>%1 changed the shared timeline.</source>
        <translation>Пользователь %1 изменил общую хронологию.</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 added %2</source>
        <translation>Пользователь %1 добавил %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>Пользователь %1 удалил %2</translation>
    </message>
    <message>
        <source>%1 edited %2</source>
        <translation>Пользователь %1 изменил %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %Ln event(s): fetching them; the timeline is read-only until they are in.</source>
        <translation>
            <numerusform>%1 импортирует %Ln событие: оно поступает; до тех пор хронология только для чтения.</numerusform>
            <numerusform>%1 импортирует %Ln события: они поступают; до тех пор хронология только для чтения.</numerusform>
            <numerusform>%1 импортирует %Ln событий: они поступают; до тех пор хронология только для чтения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1’s import is in: %Ln event(s).</source>
        <translation>
            <numerusform>Импорт от %1 поступил: %Ln событие.</numerusform>
            <numerusform>Импорт от %1 поступил: %Ln события.</numerusform>
            <numerusform>Импорт от %1 поступил: %Ln событий.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1’s import is in.</source>
        <translation>Импорт от %1 поступил.</translation>
    </message>
    <message>
        <source>An import by %1 is being fetched; the timeline is read-only until it is in.</source>
        <translation>Импорт от %1 поступает; до тех пор хронология только для чтения.</translation>
    </message>
</context>
<context>
    <name>entente::SharedTimeline</name>
    <message>
        <source>%1 was made by an older Entente; open it once in this Entente (which brings it up to date), then copy it.</source>
        <translation>%1 создан более старой версией Entente; откройте его один раз в этой версии Entente (это его обновит), затем скопируйте.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Копирование отменено; ничего не скопировано.</translation>
    </message>
    <message>
        <source>%1 exists; copy into a new file.</source>
        <translation>%1 уже существует; копируйте в новый файл.</translation>
    </message>
    <message>
        <source>The database %1 holds no Entente timeline.</source>
        <translation>База данных %1 не содержит хронологии Entente.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Общую хронологию %1 создала более старая версия Entente; её владелец может обновить её командой «entente init».</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder cannot be written to.</source>
        <translation>Не удаётся записать %1: в его папку нельзя записывать.</translation>
    </message>
    <message>
        <source>entente copy copies between a file and a database: one of the two must be a postgresql:// address and the other a file.</source>
        <translation>entente copy копирует между файлом и базой данных: одно из двух должно быть адресом postgresql://, а другое — файлом.</translation>
    </message>
    <message>
        <source>%1 is a file, not a shared timeline: only a shared timeline has a starting copy to publish.</source>
        <translation>%1 — это файл, а не общая хронология: начальную копию можно опубликовать только для общей хронологии.</translation>
    </message>
    <message>
        <source>The starting copy of %1 cannot be made: %2.</source>
        <translation>Не удаётся создать начальную копию %1: %2.</translation>
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
        <translation>Источник</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
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
        <translation>2022-03-29, 2022-03 или 2022</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Издание</translation>
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
        <translation>&amp;Опубликовано</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Ссылка</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>&amp;Надёжность</translation>
    </message>
    <message>
        <source>A source needs an outlet or a headline.</source>
        <translation>Источнику нужно издание или заголовок.</translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation>Ссылка должна начинаться с http:// или https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date.</source>
        <translation>«%1» — не дата.</translation>
    </message>
    <message>
        <source>– not graded</source>
        <translation>– без оценки</translation>
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
        <translation>События</translation>
    </message>
    <message numerus="yes">
        <source>Claim status of %n event(s)</source>
        <translation>
            <numerusform>Статус утверждения для %n события</numerusform>
            <numerusform>Статус утверждения для %n событий</numerusform>
            <numerusform>Статус утверждения для %n событий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Store</name>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>Нет объекта «%1» с id %2.</translation>
    </message>
    <message>
        <source>An event needs a valid start date.</source>
        <translation>Событию нужна правильная дата начала.</translation>
    </message>
    <message>
        <source>There is already an actor named %1.</source>
        <translation>Участник с названием %1 уже существует.</translation>
    </message>
    <message>
        <source>An actor cannot be merged into itself.</source>
        <translation>Участника нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>An era needs a start and an end after it.</source>
        <translation>Периоду нужны начало и более поздний конец.</translation>
    </message>
    <message>
        <source>There is already an event with the id %1.</source>
        <translation>Событие с id %1 уже существует.</translation>
    </message>
    <message>
        <source>A file in memory has no second connection.</source>
        <translation>У файла в памяти нет второго соединения.</translation>
    </message>
    <message>
        <source>%1 cannot be written here: its folder %2 cannot be written to, and Entente keeps two files beside an open file (-wal, -shm). Move it to a folder you can write to.</source>
        <translation>Здесь нельзя записывать в %1: в его папку %2 нельзя записывать, а Entente держит рядом с открытым файлом ещё два файла (-wal, -shm). Переместите его в папку, в которую можно записывать.</translation>
    </message>
    <message>
        <source>%1 is read-only: Entente cannot write to it.</source>
        <translation>%1 доступен только для чтения: Entente не может в него записывать.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be created: the folder %2 does not exist.</source>
        <translation>Не удаётся создать %1: папки %2 не существует.</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder %2 cannot be written to.</source>
        <translation>Не удаётся создать %1: в его папку %2 нельзя записывать.</translation>
    </message>
    <message>
        <source>%1 is being created by another Entente window or import; try again when it has finished.</source>
        <translation>%1 сейчас создаётся другим окном Entente или импортом; попробуйте снова, когда это закончится.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>Не удаётся создать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is read-only and in an older file format that needs upgrading first.</source>
        <translation>%1 доступен только для чтения и в более старом формате, который сначала нужно обновить.</translation>
    </message>
    <message>
        <source>%1 opened read-only: its folder %2 cannot be written to, and Entente keeps two files beside a file it changes (-wal, -shm).</source>
        <translation>%1 открыт только для чтения: в его папку %2 нельзя записывать, а Entente держит рядом с изменяемым файлом ещё два файла (-wal, -shm).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window.</source>
        <translation>%1 открыт в другом окне Entente.</translation>
    </message>
    <message>
        <source>%1 is open in another Entente window: opened read-only.</source>
        <translation>%1 открыт в другом окне Entente: открыт только для чтения.</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Общую хронологию %1 вы можете только читать.</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 открыт только для чтения.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2.</source>
        <translation>Не удаётся изменить %1: %2.</translation>
    </message>
    <message>
        <source>%1: the change could not be saved: %2.</source>
        <translation>%1: не удалось сохранить изменение: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: its folder %2 cannot be written to.</source>
        <translation>Не удаётся записать %1: в его папку %2 нельзя записывать.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced: %2.</source>
        <translation>Не удаётся заменить %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: opened read-only; some events may be missing or fail to show.</source>
        <translation>%1 повреждён: открыт только для чтения; некоторых событий может не хватать или они не будут отображаться.</translation>
    </message>
    <message>
        <source>%1 is too damaged to read: %2.</source>
        <translation>%1 повреждён слишком сильно, чтобы прочитать: %2.</translation>
    </message>
    <message>
        <source>%1 exists already; recover into a new file.</source>
        <translation>%1 уже существует; восстанавливайте в новый файл.</translation>
    </message>
    <message>
        <source>%1 cannot be read at all: %2.</source>
        <translation>%1 не удаётся прочитать совсем: %2.</translation>
    </message>
    <message>
        <source>%1 was made by another program while recovering; recover into a new file.</source>
        <translation>%1 создан другой программой во время восстановления; восстанавливайте в новый файл.</translation>
    </message>
    <message>
        <source>Recovering %1 was cancelled; nothing was written.</source>
        <translation>Восстановление %1 отменено; ничего не записано.</translation>
    </message>
    <message>
        <source>Recovering %1 failed: %2.</source>
        <translation>Не удалось восстановить %1: %2.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the file is damaged: part of it cannot be read</source>
        <translation>файл повреждён: часть его не удаётся прочитать</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written to</source>
        <translation>в файл или его папку нельзя записывать</translation>
    </message>
    <message>
        <source>the file, or the files Entente keeps beside it while it is open (-wal, -shm), cannot be opened; check that its folder exists and can be written to</source>
        <translation>не удаётся открыть файл или файлы, которые Entente держит рядом с ним, пока он открыт (-wal, -shm); проверьте, что его папка существует и в неё можно записывать</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>another program is writing to the file</source>
        <translation>другая программа записывает в файл</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>диск сообщил об ошибке чтения или записи</translation>
    </message>
    <message>
        <source>there was not enough memory</source>
        <translation>не хватило памяти</translation>
    </message>
    <message>
        <source>it was interrupted</source>
        <translation>операция прервана</translation>
    </message>
    <message>
        <source>a value is too large to store</source>
        <translation>значение слишком велико для сохранения</translation>
    </message>
    <message>
        <source>a record conflicts with one the file holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>запись конфликтует с имеющейся в файле (тот же id или название дважды либо ссылка на отсутствующую запись)</translation>
    </message>
    <message>
        <source>another program holds the file in a way Entente cannot share</source>
        <translation>другая программа удерживает файл так, что Entente не может использовать его совместно</translation>
    </message>
    <message>
        <source>the file&apos;s tables are not as Entente made them (database error %1)</source>
        <translation>таблицы файла не такие, какими их создал Entente (ошибка базы данных %1)</translation>
    </message>
</context>
<context>
    <name>entente::Stories</name>
    <message numerus="yes">
        <source>The first %1 of %n filtered event(s)</source>
        <translation>
            <numerusform>Первые %1 из %n отфильтрованного события</numerusform>
            <numerusform>Первые %1 из %n отфильтрованных событий</numerusform>
            <numerusform>Первые %1 из %n отфильтрованных событий</numerusform>
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
        <translation>Не удаётся записать %1.</translation>
    </message>
    <message>
        <source>This story has no steps.</source>
        <translation>В этом сюжете нет шагов.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 не удалось записать полностью.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 не является форматом раздатки сюжета; используйте один из: %2.</translation>
    </message>
</context>
<context>
    <name>entente::StoryPanel</name>
    <message>
        <source>Stories</source>
        <translation>Сюжеты</translation>
    </message>
    <message>
        <source>The story to edit and present</source>
        <translation>Сюжет для редактирования и показа</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Create a story</source>
        <translation>Создать сюжет</translation>
    </message>
    <message>
        <source>From the Filtered Events</source>
        <translation>Из отфильтрованных событий</translation>
    </message>
    <message>
        <source>From the Selected Event</source>
        <translation>Из выбранного события</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Rename this story</source>
        <translation>Переименовать этот сюжет</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this story (undoable)</source>
        <translation>Удалить этот сюжет (можно отменить)</translation>
    </message>
    <message>
        <source>Drag steps to reorder them</source>
        <translation>Перетаскивайте шаги, чтобы изменить их порядок</translation>
    </message>
    <message>
        <source>Add Selected Event</source>
        <translation>Добавить выбранное событие</translation>
    </message>
    <message>
        <source>Add the selected event as the last step</source>
        <translation>Добавить выбранное событие последним шагом</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>Убрать шаг</translation>
    </message>
    <message>
        <source>Remove this step from the story</source>
        <translation>Убрать этот шаг из сюжета</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Презентовать</translation>
    </message>
    <message>
        <source>Present this story full screen (F5)</source>
        <translation>Показать этот сюжет на весь экран (F5)</translation>
    </message>
    <message>
        <source>Note (what you will say):</source>
        <translation>Заметка (что вы скажете):</translation>
    </message>
    <message>
        <source>Select a step to write its note.</source>
        <translation>Выберите шаг, чтобы написать к нему заметку.</translation>
    </message>
    <message>
        <source>Rename Story</source>
        <translation>Переименовать сюжет</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Новый сюжет</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Сюжет</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>What the presentation shows for this step</source>
        <translation>Что презентация показывает на этом шаге</translation>
    </message>
    <message>
        <source>Set Camera from Current View</source>
        <translation>Камера из текущего вида</translation>
    </message>
    <message>
        <source>This step shows the timeline&apos;s window now and highlights the actors in view</source>
        <translation>Этот шаг показывает текущее окно хронологии и выделяет видимых участников</translation>
    </message>
    <message>
        <source>Highlight Actors…</source>
        <translation>Выделить участников…</translation>
    </message>
    <message>
        <source>Frame the Event</source>
        <translation>Кадрировать событие</translation>
    </message>
    <message numerus="yes">
        <source>New story: the first %1 of %n event(s)</source>
        <translation>
            <numerusform>Новая история: первые %1 из %n события</numerusform>
            <numerusform>Новая история: первые %1 из %n событий</numerusform>
            <numerusform>Новая история: первые %1 из %n событий</numerusform>
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
        <translation>В этом сюжете нет шагов.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Filtered events</source>
        <translation>Отфильтрованные события</translation>
    </message>
    <message>
        <source>Notes · step %1 / %2</source>
        <translation>Заметки · шаг %1 / %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>(No note for this step.)</source>
        <translation>(Для этого шага нет заметки.)</translation>
    </message>
    <message>
        <source>NEXT</source>
        <translation>ДАЛЕЕ</translation>
    </message>
    <message>
        <source>The end of the story.</source>
        <translation>Конец сюжета.</translation>
    </message>
    <message>
        <source>Says: %1</source>
        <translation>Сообщает: %1</translation>
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
        <translation>(удалённое событие)</translation>
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
        <translation>%1 до н. э.</translation>
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
        <translation>%1-е</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>week</source>
        <translation>неделю</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>квартал</translation>
    </message>
    <message>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <source>decade</source>
        <translation>десятилетие</translation>
    </message>
</context>
<context>
    <name>entente::TimeTicks</name>
    <message>
        <source>%1 BCE</source>
        <translation>%1 до н. э.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineBuildStatus</name>
    <message>
        <source>Indexing events…</source>
        <translation>Индексирование событий…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop indexing; the timeline stays as it was</source>
        <translation>Остановить индексирование; хронология останется прежней</translation>
    </message>
    <message>
        <source>Indexing cancelled: the timeline may be out of date.</source>
        <translation>Индексирование отменено: хронология может быть устаревшей.</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Индексировать снова</translation>
    </message>
</context>
<context>
    <name>entente::TimelineExportDialog</name>
    <message>
        <source>The window in view</source>
        <translation>Видимое окно</translation>
    </message>
    <message>
        <source>The whole span</source>
        <translation>Весь промежуток</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Экспорт хронологии</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
</context>
<context>
    <name>entente::TimelineImporter</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <source>the XML is malformed (%1)</source>
        <translation>XML повреждён (%1)</translation>
    </message>
    <message>
        <source>this is not a Timeline file (its root element is not &lt;timeline&gt;)</source>
        <translation>это не файл Timeline (его корневой элемент не &lt;timeline&gt;)</translation>
    </message>
    <message>
        <source>this Timeline file counts time as &quot;%1&quot;, not in calendar dates; Entente keeps calendar dates only</source>
        <translation>этот файл Timeline считает время как «%1», а не календарными датами; Entente хранит только календарные даты</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsCsvImporter</name>
    <message>
        <source>line 1</source>
        <translation>строка 1</translation>
    </message>
    <message>
        <source>the header lacks this column of the TimelineJS template</source>
        <translation>в заголовке нет этого столбца шаблона TimelineJS</translation>
    </message>
    <message>
        <source>a slide needs a start year</source>
        <translation>слайду нужен год начала</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsExporter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Не удаётся записать %1: %2.</translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2.</source>
        <translation>%1 не удалось записать полностью: %2.</translation>
    </message>
</context>
<context>
    <name>entente::TimelineJsImporter</name>
    <message>
        <source>an era needs an end date</source>
        <translation>периоду нужна дата окончания</translation>
    </message>
    <message>
        <source>the era ends before it starts</source>
        <translation>период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>a TimelineJS file is an object with a list of events</source>
        <translation>файл TimelineJS — это объект со списком событий</translation>
    </message>
    <message>
        <source>this is a cosmological TimelineJS timeline (dates in millions of years); Entente keeps calendar dates only</source>
        <translation>это космологическая хронология TimelineJS (даты в миллионах лет); Entente хранит только календарные даты</translation>
    </message>
</context>
<context>
    <name>entente::TimelineLanes</name>
    <message>
        <source>No actor</source>
        <translation>Без участника</translation>
    </message>
    <message>
        <source>No kind</source>
        <translation>Без типа</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Все события</translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actor(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ещё %n участник, с меньшим числом событий в видимом промежутке, не показан</numerusform>
            <numerusform>Ещё %n участника, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
            <numerusform>Ещё %n участников, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ещё %n тип, с меньшим числом событий в видимом промежутке, не показан</numerusform>
            <numerusform>Ещё %n типа, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
            <numerusform>Ещё %n типов, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>Ещё %n дорожка, с меньшим числом событий в видимом промежутке, не показана</numerusform>
            <numerusform>Ещё %n дорожки, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
            <numerusform>Ещё %n дорожек, с меньшим числом событий в видимом промежутке, не показаны</numerusform>
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
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Дорожки</translation>
    </message>
    <message>
        <source>One per actor</source>
        <translation>Одна на участника</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>По типу</translation>
    </message>
    <message>
        <source>By claim status</source>
        <translation>По статусу утверждения</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Одна дорожка</translation>
    </message>
    <message>
        <source>Order lanes</source>
        <translation>Порядок дорожек</translation>
    </message>
    <message>
        <source>By first appearance</source>
        <translation>По первому появлению</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>По активности</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>По названию</translation>
    </message>
    <message>
        <source>Expand all lanes</source>
        <translation>Развернуть все дорожки</translation>
    </message>
    <message>
        <source>Fit all	F</source>
        <translation>Вместить всё	F</translation>
    </message>
    <message>
        <source>Zoom to selection	Z</source>
        <translation>Приблизить к выбранному	Z</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) dated no more precisely than this span</source>
        <translation>
            <numerusform>%n событие, датированное не точнее этого промежутка</numerusform>
            <numerusform>%n события, датированных не точнее этого промежутка</numerusform>
            <numerusform>%n событий, датированных не точнее этого промежутка</numerusform>
        </translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>Click to pick one, double-click to zoom in</source>
        <translation>Щёлкните, чтобы выбрать одно, дважды — чтобы приблизить</translation>
    </message>
    <message>
        <source>Click to pick one</source>
        <translation>Щёлкните, чтобы выбрать одно</translation>
    </message>
    <message>
        <source>and %1 more: double-click to zoom in</source>
        <translation>и ещё %1: дважды щёлкните, чтобы приблизить</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) at %1</source>
        <translation>
            <numerusform>%Ln событие, %1</numerusform>
            <numerusform>%Ln события, %1</numerusform>
            <numerusform>%Ln событий, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 to %2</source>
        <translation>
            <numerusform>%Ln событие, с %1 по %2</numerusform>
            <numerusform>%Ln события, с %1 по %2</numerusform>
            <numerusform>%Ln событий, с %1 по %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: %1 (%2)</source>
        <translation>Оценка: %1 (%2)</translation>
    </message>
    <message>
        <source>claim status</source>
        <translation>статус утверждения</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>кто участвовал</translation>
    </message>
    <message>
        <source>The sources&apos; accounts differ on: %1</source>
        <translation>Версии источников расходятся в пунктах: %1</translation>
    </message>
</context>
<context>
    <name>entente::UcdpImporter</name>
    <message>
        <source>line %1</source>
        <translation>строка %1</translation>
    </message>
</context>
<context>
    <name>entente::cli</name>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Browse, present and export diplomacy timelines.

%1
Run `entente COMMAND --help` for a command&apos;s options.</source>
        <translation>Просмотр, презентация и экспорт дипломатических хронологий.

%1
Параметры команды: `entente COMMAND --help`.</translation>
    </message>
    <message>
        <source>An Entente file to open.</source>
        <translation>Файл Entente, который открыть.</translation>
    </message>
    <message>
        <source>Open the window, save a picture of it to PNG and quit.</source>
        <translation>Открыть окно, сохранить его изображение в PNG и выйти.</translation>
    </message>
    <message>
        <source>Window size, WxH.</source>
        <translation>Размер окна, ШxВ.</translation>
    </message>
    <message>
        <source>Start, open the file or sample, and quit.</source>
        <translation>Запуститься, открыть файл или пример и выйти.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
    <message>
        <source>unknown command %1; see entente --help</source>
        <translation>неизвестная команда %1; см. entente --help</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset to a new Entente file.</source>
        <translation>Записать встроенный пример данных в новый файл Entente.</translation>
    </message>
    <message>
        <source>Print counts, date span and schema version of an Entente file.</source>
        <translation>Вывести количества, промежуток дат и версию схемы файла Entente.</translation>
    </message>
    <message>
        <source>Import files (Entente JSON, CSV, TimelineJS, ACLED, Timeline) into an Entente file.</source>
        <translation>Импортировать файлы (Entente JSON, CSV, TimelineJS, ACLED, Timeline) в файл Entente.</translation>
    </message>
    <message>
        <source>Export an Entente file or a filtered selection (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</source>
        <translation>Экспортировать файл Entente или отфильтрованную выборку (JSON, CSV, TimelineJS, GEXF, GraphML, iCalendar).</translation>
    </message>
    <message>
        <source>Draw a view (timeline, graph or a chart) of an Entente file to PNG, SVG or PDF.</source>
        <translation>Нарисовать вид (хронологию, граф или диаграмму) файла Entente в PNG, SVG или PDF.</translation>
    </message>
    <message>
        <source>Present a story (or every event) full screen, for teaching.</source>
        <translation>Показать сюжет (или все события) на весь экран, для обучения.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>The Entente file to export from.</source>
        <translation>Файл Entente, из которого экспортировать.</translation>
    </message>
    <message>
        <source>The format to write: %1.</source>
        <translation>Формат записи: %1.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Файл, который записать.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or later.</source>
        <translation>Только события, пересекающиеся с этой датой или более поздние.</translation>
    </message>
    <message>
        <source>Only events overlapping this date or earlier.</source>
        <translation>Только события, пересекающиеся с этой датой или более ранние.</translation>
    </message>
    <message>
        <source>Only events with this actor (a name or an alias).</source>
        <translation>Только события с этим участником (название или другое имя).</translation>
    </message>
    <message>
        <source>Only events of this kind.</source>
        <translation>Только события этого типа.</translation>
    </message>
    <message>
        <source>Only events with this claim status.</source>
        <translation>Только события с этим статусом утверждения.</translation>
    </message>
    <message>
        <source>Only events matching this text.</source>
        <translation>Только события, соответствующие этому тексту.</translation>
    </message>
    <message>
        <source>Export this story as a handout instead: --format pdf, pdf-list or timelinejs.</source>
        <translation>Вместо этого экспортировать этот сюжет как раздатку: --format pdf, pdf-list или timelinejs.</translation>
    </message>
    <message>
        <source>Export an Entente file, or the events a filter selects.</source>
        <translation>Экспортировать файл Entente или события, которые выбирает фильтр.</translation>
    </message>
    <message>
        <source>export needs a file, a format and an output: entente export DB --format F -o OUT</source>
        <translation>export требует файл, формат и вывод: entente export DB --format F -o OUT</translation>
    </message>
    <message>
        <source>%1 is not an export format; use one of %2.</source>
        <translation>%1 не является форматом экспорта; используйте один из: %2.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write 2022, 2022-03 or 2022-03-29).</source>
        <translation>--%1: «%2» не является датой (пишите 2022, 2022-03 или 2022-03-29).</translation>
    </message>
    <message>
        <source>--actor: no actor is named or also known as &quot;%1&quot;.</source>
        <translation>--actor: нет участника с названием или другим именем «%1».</translation>
    </message>
    <message>
        <source>--status: &quot;%1&quot; is not a claim status (confirmed, reported, alleged, disputed, denied).</source>
        <translation>--status: «%1» не является статусом утверждения (confirmed, reported, alleged, disputed, denied).</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Файлы для импорта.</translation>
    </message>
    <message>
        <source>The files&apos; format: %1 (guessed from the content when absent).</source>
        <translation>Формат файлов: %1 (если не указан, определяется по содержимому).</translation>
    </message>
    <message>
        <source>Stop at the first bad row and import nothing.</source>
        <translation>Остановиться на первой ошибочной строке и ничего не импортировать.</translation>
    </message>
    <message>
        <source>TimelineJS: make each slide&apos;s group a tag instead of an actor lane.</source>
        <translation>TimelineJS: делать группу каждого слайда меткой, а не дорожкой участника.</translation>
    </message>
    <message>
        <source>CSV: read the file&apos;s column COLUMN as ours (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); repeatable.</source>
        <translation>CSV: читать столбец файла COLUMN как наш (title, start, end, kind, status, summary, place, latitude, longitude, actors, sources, tags); можно повторять.</translation>
    </message>
    <message>
        <source>import needs files and a target: entente import FILE... --into DB [--format F] [--strict]</source>
        <translation>import требует файлы и цель: entente import FILE... --into DB [--format F] [--strict]</translation>
    </message>
    <message>
        <source>%1 is not an import format; use one of %2.</source>
        <translation>%1 не является форматом импорта; используйте один из: %2.</translation>
    </message>
    <message>
        <source>--map takes FILE_COLUMN=OUR_COLUMN, not &quot;%1&quot;.</source>
        <translation>--map принимает FILE_COLUMN=OUR_COLUMN, а не «%1».</translation>
    </message>
    <message>
        <source>importing... %1%</source>
        <translation>импорт... %1%</translation>
    </message>
    <message>
        <source>An Entente file.</source>
        <translation>Файл Entente.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Describe an Entente file.</source>
        <translation>Описать файл Entente.</translation>
    </message>
    <message>
        <source>info needs one file: entente info FILE [--json]</source>
        <translation>info требует один файл: entente info FILE [--json]</translation>
    </message>
    <message>
        <source>The Entente file to present from.</source>
        <translation>Файл Entente, из которого показывать.</translation>
    </message>
    <message>
        <source>The story to present; without it, every event in date order.</source>
        <translation>Сюжет для показа; без него — все события по дате.</translation>
    </message>
    <message>
        <source>The screen to present on, counted from 0 (the primary by default).</source>
        <translation>Экран для показа, считая от 0 (по умолчанию — основной).</translation>
    </message>
    <message>
        <source>Use the high-contrast theme.</source>
        <translation>Использовать высококонтрастную тему.</translation>
    </message>
    <message>
        <source>Scale the type, 0.6 to 2 (1 by default).</source>
        <translation>Масштаб шрифта, от 0.6 до 2 (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Draw one step to PNG instead of presenting, and quit.</source>
        <translation>Нарисовать один шаг в PNG вместо показа и выйти.</translation>
    </message>
    <message>
        <source>With --screenshot: the step to draw, from 1.</source>
        <translation>С --screenshot: шаг, который нарисовать, от 1.</translation>
    </message>
    <message>
        <source>With --screenshot: WxH (1920x1080 by default).</source>
        <translation>С --screenshot: ШxВ (по умолчанию 1920x1080).</translation>
    </message>
    <message>
        <source>Present a story full screen.</source>
        <translation>Показать сюжет на весь экран.</translation>
    </message>
    <message>
        <source>present needs one file: entente present DB [--story NAME]</source>
        <translation>present требует один файл: entente present DB [--story NAME]</translation>
    </message>
    <message>
        <source>--story: no story is named &quot;%1&quot;.</source>
        <translation>--story: нет сюжета с названием «%1».</translation>
    </message>
    <message>
        <source>--font-scale: give a number from 0.6 to 2.</source>
        <translation>--font-scale: укажите число от 0.6 до 2.</translation>
    </message>
    <message>
        <source>There is nothing to present: the story has no steps.</source>
        <translation>Нечего показывать: в сюжете нет шагов.</translation>
    </message>
    <message>
        <source>Bad --size %1: write WIDTHxHEIGHT, e.g. 1920x1080.</source>
        <translation>Неверный --size %1: пишите ШИРИНАxВЫСОТА, напр. 1920x1080.</translation>
    </message>
    <message>
        <source>--step: give a number from 1 to %1.</source>
        <translation>--step: укажите число от 1 до %1.</translation>
    </message>
    <message>
        <source>present needs a display; use --screenshot to draw a step without one.</source>
        <translation>present требует дисплей; без него используйте --screenshot, чтобы нарисовать шаг.</translation>
    </message>
    <message>
        <source>--screen: give a number from 0 to %1.</source>
        <translation>--screen: укажите число от 0 до %1.</translation>
    </message>
    <message>
        <source>Unknown lane mode %1: use actors, kind, status or single.</source>
        <translation>Неизвестный режим дорожек %1: используйте actors, kind, status или single.</translation>
    </message>
    <message>
        <source>--to must be later than --from.</source>
        <translation>--to должен быть позже --from.</translation>
    </message>
    <message>
        <source>Unknown graph mode %1: use actors or bipartite.</source>
        <translation>Неизвестный режим графа %1: используйте actors или bipartite.</translation>
    </message>
    <message>
        <source>Unknown graph metric %1: use degree, weighted, betweenness or community.</source>
        <translation>Неизвестная метрика графа %1: используйте degree, weighted, betweenness или community.</translation>
    </message>
    <message>
        <source>The file to write: .png, .svg or .pdf.</source>
        <translation>Файл, который записать: .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Draw a view of an Entente file to PNG, SVG or PDF.</source>
        <translation>Нарисовать вид файла Entente в PNG, SVG или PDF.</translation>
    </message>
    <message>
        <source>render needs one file: entente render FILE --view timeline -o OUT.png</source>
        <translation>render требует один файл: entente render FILE --view timeline -o OUT.png</translation>
    </message>
    <message>
        <source>render needs an output file: -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>render требует выходной файл: -o OUT.png, OUT.svg или OUT.pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: the name must end in .png, .svg or .pdf.</source>
        <translation>Не удаётся записать %1: имя должно оканчиваться на .png, .svg или .pdf.</translation>
    </message>
    <message>
        <source>Bad --scale %1: give a number between 0 and 16.</source>
        <translation>Неверный --scale %1: укажите число от 0 до 16.</translation>
    </message>
    <message>
        <source>Unknown theme %1: use light or dark.</source>
        <translation>Неизвестная тема %1: используйте light или dark.</translation>
    </message>
    <message>
        <source>Bad --%1 date %2: write 2022, 2022-03 or 2022-03-29.</source>
        <translation>Неверная дата --%1 %2: пишите 2022, 2022-03 или 2022-03-29.</translation>
    </message>
    <message>
        <source>No actor named %1 in %2.</source>
        <translation>В %2 нет участника с названием %1.</translation>
    </message>
    <message>
        <source>Unknown status %1: use confirmed, reported, alleged, disputed or denied.</source>
        <translation>Неизвестный статус %1: используйте confirmed, reported, alleged, disputed или denied.</translation>
    </message>
    <message>
        <source>Unknown view %1: use %2.</source>
        <translation>Неизвестный вид %1: используйте %2.</translation>
    </message>
    <message>
        <source>The Entente file to write.</source>
        <translation>Файл Entente, который записать.</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>Заменить OUT, если он существует.</translation>
    </message>
    <message>
        <source>Write the bundled sample dataset.</source>
        <translation>Записать встроенный пример данных.</translation>
    </message>
    <message>
        <source>sample needs one output file: entente sample OUT.entente</source>
        <translation>sample требует один выходной файл: entente sample OUT.entente</translation>
    </message>
    <message>
        <source>%1 exists; use --force to replace it.</source>
        <translation>%1 существует; используйте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>%1 is not a story handout format; use one of %2.</source>
        <translation>%1 не является форматом раздатки сюжета; используйте один из: %2.</translation>
    </message>
    <message>
        <source>indexing... %1%</source>
        <translation>индексирование... %1%</translation>
    </message>
    <message>
        <source>exporting... %1%</source>
        <translation>экспорт... %1%</translation>
    </message>
    <message>
        <source>--story: the handout&apos;s headline (default: the story&apos;s name).</source>
        <translation>--story: заголовок раздатки (по умолчанию — название сюжета).</translation>
    </message>
    <message>
        <source>--story: a description under the headline.</source>
        <translation>--story: описание под заголовком.</translation>
    </message>
    <message>
        <source>--story: notes on every page.</source>
        <translation>--story: примечания на каждой странице.</translation>
    </message>
    <message>
        <source>--story: the source line (default: the sources of the steps).</source>
        <translation>--story: строка источников (по умолчанию — источники шагов).</translation>
    </message>
    <message>
        <source>--story: who made the handout, beside the date.</source>
        <translation>--story: кто подготовил раздатку (рядом с датой).</translation>
    </message>
    <message>
        <source>--%1 is for story handouts (--story) only.</source>
        <translation>--%1 предназначен только для раздаток сюжета (--story).</translation>
    </message>
    <message>
        <source>The Entente file to import into (created if missing; it appears only once the import has succeeded).</source>
        <translation>Файл Entente, в который импортировать (создаётся, если его нет; появляется только после успешного импорта).</translation>
    </message>
    <message>
        <source>--map names the column %1 twice; give each column one mapping.</source>
        <translation>--map дважды указывает столбец %1; задайте для каждого столбца одно сопоставление.</translation>
    </message>
    <message>
        <source>%1 was made by another program during the import; nothing was imported into it.</source>
        <translation>%1 создан другой программой во время импорта; в него ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Не удаётся прочитать %1: %2.</translation>
    </message>
    <message>
        <source>A picture size: %1.</source>
        <translation>Размер изображения: %1.</translation>
    </message>
    <message>
        <source>Width × height in pixels, e.g. 1920x1080 (the default).</source>
        <translation>Ширина × высота в пикселях, напр. 1920x1080 (по умолчанию).</translation>
    </message>
    <message>
        <source>PNG pixels per layout pixel (2 for a sharp high-DPI image).</source>
        <translation>Пикселей PNG на пиксель макета (2 — для чёткого изображения высокого разрешения).</translation>
    </message>
    <message>
        <source>light (the default) or dark.</source>
        <translation>light (по умолчанию) или dark.</translation>
    </message>
    <message>
        <source>The headline above the picture.</source>
        <translation>Заголовок над изображением.</translation>
    </message>
    <message>
        <source>A one-line description under the headline.</source>
        <translation>Однострочное описание под заголовком.</translation>
    </message>
    <message>
        <source>Notes below the picture (method, caveats).</source>
        <translation>Примечания под изображением (методика, оговорки).</translation>
    </message>
    <message>
        <source>The source line below the picture (default: the publishers of the events shown).</source>
        <translation>Строка источников под изображением (по умолчанию — издатели показанных событий).</translation>
    </message>
    <message>
        <source>Who made the picture, beside the date.</source>
        <translation>Кто создал изображение (рядом с датой).</translation>
    </message>
    <message>
        <source>The date printed on the picture (default: today), as 2026-12-06.</source>
        <translation>Дата на изображении (по умолчанию — сегодня), в виде 2026-12-06.</translation>
    </message>
    <message>
        <source>Leave out the legend.</source>
        <translation>Не показывать легенду.</translation>
    </message>
    <message>
        <source>--preset sets the size and scale: give it without --size and --scale.</source>
        <translation>--preset задаёт размер и масштаб: указывайте его без --size и --scale.</translation>
    </message>
    <message>
        <source>Unknown --preset %1: use %2.</source>
        <translation>Неизвестный --preset %1: используйте %2.</translation>
    </message>
    <message>
        <source>Bad --date %1: write YYYY-MM-DD, e.g. 2026-12-06.</source>
        <translation>Неверная --date %1: пишите ГГГГ-ММ-ДД, напр. 2026-12-06.</translation>
    </message>
    <message>
        <source>Show the teacher&apos;s notes and the next step under the slide (N while presenting).</source>
        <translation>Показывать заметки учителя и следующий шаг под слайдом (N во время показа).</translation>
    </message>
    <message>
        <source>--%1 is for the %2 view only.</source>
        <translation>--%1 предназначен только для вида %2.</translation>
    </message>
    <message>
        <source>Propose the events a news report (.txt, .md, .html, .eml) tells.</source>
        <translation>Предложить события, о которых рассказывает новостное сообщение (.txt, .md, .html, .eml).</translation>
    </message>
    <message>
        <source>A news report: .txt, .md, .html or .eml.</source>
        <translation>Новостное сообщение: .txt, .md, .html или .eml.</translation>
    </message>
    <message>
        <source>The report&apos;s publication date, when the file does not give it.</source>
        <translation>Дата публикации сообщения, если файл её не указывает.</translation>
    </message>
    <message>
        <source>Print the proposals as JSON.</source>
        <translation>Вывести предложения в формате JSON.</translation>
    </message>
    <message>
        <source>Write the proposals, unreviewed, into an Entente file as drafts.</source>
        <translation>Записать предложения, без проверки, в файл Entente как черновики.</translation>
    </message>
    <message>
        <source>Propose the events a news report tells.</source>
        <translation>Предложить события, о которых рассказывает новостное сообщение.</translation>
    </message>
    <message>
        <source>extract needs one file: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</source>
        <translation>extract требует один файл: entente extract FILE [--published YYYY-MM-DD] [--json] [--into DB]</translation>
    </message>
    <message>
        <source>--published needs a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--published требует дату в формате YYYY-MM-DD, а не «%1».</translation>
    </message>
    <message>
        <source>%1 does not say when it was published: give the date with --published YYYY-MM-DD.</source>
        <translation>В %1 не указано, когда он опубликован: задайте дату через --published YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>GDELT, UCDP: keep only the events that meet CONDITIONS (see below).</source>
        <translation>GDELT, UCDP: оставить только события, удовлетворяющие УСЛОВИЯМ (см. ниже).</translation>
    </message>
    <message>
        <source>GDELT: fold the reports of one happening (same day, actor pair and event code) into one event with their count and all their source URLs.</source>
        <translation>GDELT: объединить сообщения об одном происшествии (тот же день, пара участников и код события) в одно событие с их количеством и всеми URL источников.</translation>
    </message>
    <message>
        <source>Read and count what would be imported, and write nothing.</source>
        <translation>Прочитать и подсчитать, что будет импортировано, ничего не записывая.</translation>
    </message>
    <message>
        <source>Import files into an Entente file. An import is all or nothing: every file is checked before anything is written, and if any file fails, or the import is stopped (Ctrl+C, a crash, a power cut), the Entente file is left as it was. Rows a file&apos;s format cannot hold are skipped and listed (with --strict, the first one stops the import); a file none of whose rows can be imported fails.

--where, for GDELT and UCDP files: </source>
        <translation>Импортировать файлы в файл Entente. Импорт выполняется целиком или никак: каждый файл проверяется до того, как что-либо будет записано, и если какой-либо файл не удаётся импортировать или импорт остановлен (Ctrl+C, сбой, отключение питания), файл Entente остаётся таким, каким был. Строки, которые формат файла не может вместить, пропускаются и перечисляются (с --strict первая такая строка останавливает импорт); файл, ни одну строку которого нельзя импортировать, считается неудачным.

--where, для файлов GDELT и UCDP: </translation>
    </message>
    <message>
        <source>
Example: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</source>
        <translation>
Пример: --where &quot;root=04,05 quad=1 country=RUS,UKR mentions&gt;=5 from=2024-01-01 to=2024-01-31&quot;</translation>
    </message>
    <message>
        <source>Preview: nothing was written.
</source>
        <translation>Предварительный просмотр: ничего не записано.
</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (postgresql://user@host/db), or bring it up to date.</source>
        <translation>Создать общую хронологию в базе данных PostgreSQL (postgresql://user@host/db) или обновить её.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared database, either way.</source>
        <translation>Скопировать всю хронологию между файлом Entente и общей базой данных, в любую сторону.</translation>
    </message>
    <message>
        <source>An Entente file, or a database URL (postgresql://…).</source>
        <translation>Файл Entente или URL базы данных (postgresql://…).</translation>
    </message>
    <message>
        <source>A database URL, or a new Entente file.</source>
        <translation>URL базы данных или новый файл Entente.</translation>
    </message>
    <message>
        <source>Copy a whole timeline between an Entente file and a shared timeline on PostgreSQL, either way.</source>
        <translation>Скопировать всю хронологию между файлом Entente и общей хронологией в PostgreSQL, в любую сторону.</translation>
    </message>
    <message>
        <source>copy needs a source and a destination: entente copy FILE postgresql://… (or the other way)</source>
        <translation>copy требует источник и цель: entente copy FILE postgresql://… (или наоборот)</translation>
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
            <numerusform>добавлен %n черновик события (с меткой «draft»)</numerusform>
            <numerusform>добавлено %n черновика событий (с меткой «draft»)</numerusform>
            <numerusform>добавлено %n черновиков событий (с меткой «draft»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) given the report as a further source</source>
        <translation>
            <numerusform>%n событию добавлено сообщение как ещё один источник</numerusform>
            <numerusform>%n событиям добавлено сообщение как ещё один источник</numerusform>
            <numerusform>%n событиям добавлено сообщение как ещё один источник</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n новый участник</numerusform>
            <numerusform>%n новых участника</numerusform>
            <numerusform>%n новых участников</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing... %n record(s)</source>
        <translation>
            <numerusform>импорт... %n запись</numerusform>
            <numerusform>импорт... %n записи</numerusform>
            <numerusform>импорт... %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n event(s) in %1 s; now building their indexes.</source>
        <translation>
            <numerusform>Сохранено %n событие за %1 с; теперь строятся индексы.</numerusform>
            <numerusform>Сохранено %n события за %1 с; теперь строятся индексы.</numerusform>
            <numerusform>Сохранено %n событий за %1 с; теперь строятся индексы.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PostgreSQL database: postgresql://user@host:port/db</source>
        <translation>База данных PostgreSQL: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Make a shared timeline in a PostgreSQL database (its tables, change log, search and the roles entente_viewer and entente_editor), or bring one up to date.</source>
        <translation>Создать общую хронологию в базе данных PostgreSQL (её таблицы, журнал изменений, поиск и роли entente_viewer и entente_editor) или обновить существующую.</translation>
    </message>
    <message>
        <source>init needs one database: entente init postgresql://user@host/db</source>
        <translation>init требует одну базу данных: entente init postgresql://user@host/db</translation>
    </message>
    <message>
        <source>%1 is ready for Entente.
</source>
        <translation>%1 готова к работе с Entente.
</translation>
    </message>
    <message>
        <source>Unknown stacking %1: use kind, actor, quadclass, goldstein, cameo or deaths.</source>
        <translation>Неизвестная группировка %1: используйте kind, actor, quadclass, goldstein, cameo или deaths.</translation>
    </message>
    <message numerus="yes">
        <source>copying... %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>копирование... %1 (пока %n строка)</numerusform>
            <numerusform>копирование... %1 (пока %n строки)</numerusform>
            <numerusform>копирование... %1 (пока %n строк)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.
</source>
        <translation>
            <numerusform>Скопирована %n строка из %1 в %2 за %3 с.
</numerusform>
            <numerusform>Скопировано %n строки из %1 в %2 за %3 с.
</numerusform>
            <numerusform>Скопировано %n строк из %1 в %2 за %3 с.
</numerusform>
        </translation>
    </message>
    <message>
        <source>copying the shared timeline to this computer... %1%</source>
        <translation>копирование общей хронологии на этот компьютер... %1%</translation>
    </message>
    <message>
        <source>indexing its copy... step %1 of %2</source>
        <translation>индексирование копии... шаг %1 из %2</translation>
    </message>
    <message>
        <source>Publish a shared timeline&apos;s starting copy, which computers opening it for the first time fetch (its owner only).</source>
        <translation>Опубликовать начальную копию общей хронологии, которую получают компьютеры, открывающие её впервые (только владелец).</translation>
    </message>
    <message>
        <source>fetching the shared timeline&apos;s starting copy... %1%</source>
        <translation>получение начальной копии общей хронологии... %1%</translation>
    </message>
    <message>
        <source>A shared timeline: postgresql://user@host:port/db</source>
        <translation>Общая хронология: postgresql://user@host:port/db</translation>
    </message>
    <message>
        <source>Publish the starting copy of a shared timeline (its owner only): a computer that opens the timeline for the first time then fetches one file instead of copying every table. Run it again after large imports, or every night.</source>
        <translation>Опубликовать начальную копию общей хронологии (только владелец): компьютер, открывающий хронологию впервые, получает один файл вместо копирования каждой таблицы. Запускайте снова после больших импортов или каждую ночь.</translation>
    </message>
    <message>
        <source>publish needs one shared timeline: entente publish postgresql://user@host/db</source>
        <translation>publish требует одну общую хронологию: entente publish postgresql://user@host/db</translation>
    </message>
    <message>
        <source>publishing the starting copy... %1%</source>
        <translation>публикация начальной копии... %1%</translation>
    </message>
    <message>
        <source>Published the starting copy of %1 (%2 MB) in %3 s.
</source>
        <translation>Начальная копия %1 (%2 МБ) опубликована за %3 с.
</translation>
    </message>
    <message>
        <source>Publish its starting copy (entente publish %1) so that the first open on each computer fetches one file instead of every table.
</source>
        <translation>Опубликуйте её начальную копию (entente publish %1), чтобы первое открытие на каждом компьютере получало один файл вместо всех таблиц.
</translation>
    </message>
</context>
<context>
    <name>entente::cli::NewFile</name>
    <message>
        <source>%1 is being created by another import; try again when it has finished.</source>
        <translation>%1 сейчас создаётся другим импортом; попробуйте снова, когда он закончится.</translation>
    </message>
</context>
<context>
    <name>entente::pg</name>
    <message>
        <source>the server did not accept the user name or password (libpq reads the password from ~/.pgpass or the file PGPASSFILE names)</source>
        <translation>сервер не принял имя пользователя или пароль (libpq читает пароль из ~/.pgpass или из файла, указанного в PGPASSFILE)</translation>
    </message>
    <message>
        <source>the server has no such database or user</source>
        <translation>на сервере нет такой базы данных или пользователя</translation>
    </message>
    <message>
        <source>the server cannot be reached; check the host name and port, and that the server is running</source>
        <translation>сервер недоступен; проверьте имя хоста и порт, а также то, что сервер запущен</translation>
    </message>
    <message>
        <source>the server&apos;s encryption (TLS) settings do not match the connection&apos;s sslmode</source>
        <translation>настройки шифрования (TLS) сервера не соответствуют sslmode соединения</translation>
    </message>
    <message>
        <source>the address is not a valid postgresql:// address</source>
        <translation>адрес не является допустимым адресом postgresql://</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>не удалось подключиться</translation>
    </message>
    <message>
        <source>The copy of the shared timeline cannot be kept in %1.</source>
        <translation>Копию общей хронологии нельзя хранить в %1.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgConnection</name>
    <message>
        <source>“%1” is not a valid postgresql:// address.</source>
        <translation>«%1» не является допустимым адресом postgresql://.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: there was not enough memory.</source>
        <translation>Не удаётся открыть общую хронологию %1: не хватило памяти.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть общую хронологию %1: %2.</translation>
    </message>
    <message>
        <source>the connection to the server was lost</source>
        <translation>соединение с сервером потеряно</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Общую хронологию %1 вы можете только читать.</translation>
    </message>
    <message>
        <source>The shared timeline %1 %2: %3.</source>
        <translation>Общая хронология %1 %2: %3.</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>сервер не ответил</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>another person&apos;s change got in the way; try again</source>
        <translation>помешало изменение другого человека; попробуйте ещё раз</translation>
    </message>
    <message>
        <source>a record conflicts with one the database holds (the same id or name twice, or a link to a record that is not there)</source>
        <translation>запись конфликтует с имеющейся в базе данных (тот же id или название дважды либо ссылка на запись, которой нет)</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full</source>
        <translation>диск сервера заполнен</translation>
    </message>
    <message>
        <source>the server is out of resources (memory or connections)</source>
        <translation>серверу не хватает ресурсов (памяти или соединений)</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>операция отменена</translation>
    </message>
    <message>
        <source>the server has no such database</source>
        <translation>на сервере нет такой базы данных</translation>
    </message>
    <message>
        <source>its tables are not as Entente made them (database error %1)</source>
        <translation>её таблицы не такие, какими их создала Entente (ошибка базы данных %1)</translation>
    </message>
    <message>
        <source>the server refused it (database error %1)</source>
        <translation>сервер отклонил операцию (ошибка базы данных %1)</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>недоступна для записи</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgCopy</name>
    <message>
        <source>The shared timeline %1 already holds a timeline; copy into an empty one (made with entente init).</source>
        <translation>Общая хронология %1 уже содержит хронологию; копируйте в пустую (созданную командой entente init).</translation>
    </message>
    <message>
        <source>indexes</source>
        <translation>индексы</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgListener</name>
    <message>
        <source>The shared timeline cannot be reached.</source>
        <translation>Общая хронология недоступна.</translation>
    </message>
    <message>
        <source>The shared timeline did not answer in time.</source>
        <translation>Общая хронология не ответила вовремя.</translation>
    </message>
    <message>
        <source>The shared timeline&apos;s changes cannot be followed.</source>
        <translation>Не удаётся следить за изменениями общей хронологии.</translation>
    </message>
    <message>
        <source>The connection to the shared timeline was lost.</source>
        <translation>Соединение с общей хронологией потеряно.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgMirror</name>
    <message>
        <source>The database %1 holds no Entente timeline yet; “entente init %2” makes one.</source>
        <translation>База данных %1 пока не содержит хронологии Entente; её создаст «entente init %2».</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by an older Entente; its owner can bring it up to date with “entente init”.</source>
        <translation>Общую хронологию %1 создала более старая версия Entente; её владелец может обновить её командой «entente init».</translation>
    </message>
    <message>
        <source>You may only read the shared timeline %1.</source>
        <translation>Общую хронологию %1 вы можете только читать.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be changed: there was not enough memory.</source>
        <translation>Не удаётся изменить общую хронологию %1: не хватило памяти.</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Someone else changed %1 since you read it.</source>
        <translation>Кто-то другой изменил %1 после того, как вы это прочитали.</translation>
    </message>
    <message>
        <source>%1 deleted %2 at %3 since you read it.</source>
        <translation>Пользователь %1 удалил %2 (%3) после того, как вы это прочитали.</translation>
    </message>
    <message>
        <source>%1 changed %2 at %3 since you read it.</source>
        <translation>Пользователь %1 изменил %2 (%3) после того, как вы это прочитали.</translation>
    </message>
    <message>
        <source>Someone else added a tag, an actor or another record of the same name to the shared timeline %1 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Тем временем кто-то другой добавил в общую хронологию %1 метку, участника или другую запись с таким же названием, поэтому ничего не добавлено; попробуйте ещё раз, чтобы воспользоваться их записью.</translation>
    </message>
    <message>
        <source>Someone else added “%1” to the shared timeline %2 meanwhile, so nothing was added; try again to use theirs.</source>
        <translation>Тем временем кто-то другой добавил «%1» в общую хронологию %2, поэтому ничего не добавлено; попробуйте ещё раз, чтобы воспользоваться их записью.</translation>
    </message>
    <message>
        <source>The shared timeline %1 cannot be opened: %2.</source>
        <translation>Не удаётся открыть общую хронологию %1: %2.</translation>
    </message>
    <message>
        <source>Opening the shared timeline %1 was stopped; nothing of it was kept on this computer.</source>
        <translation>Открытие общей хронологии %1 остановлено; на этом компьютере от неё ничего не сохранено.</translation>
    </message>
    <message>
        <source>The copy of the shared timeline %1 on this computer is open in another window; close it there to publish the starting copy.</source>
        <translation>Копия общей хронологии %1 на этом компьютере открыта в другом окне; закройте её там, чтобы опубликовать начальную копию.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Только владелец общей хронологии %1 может опубликовать её начальную копию.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSchema</name>
    <message>
        <source>The database %1 is not an Entente timeline: it holds tables of another program, and Entente leaves it as it is.</source>
        <translation>База данных %1 не является хронологией Entente: в ней таблицы другой программы, и Entente оставляет её как есть.</translation>
    </message>
    <message>
        <source>The shared timeline %1 was made by a newer version of Entente; update Entente to open it.</source>
        <translation>Общую хронологию %1 создала более новая версия Entente; обновите Entente, чтобы открыть её.</translation>
    </message>
    <message>
        <source>The roles entente_viewer and entente_editor could not be made (this user may not create roles); ask the server&apos;s administrator to run entente init once.</source>
        <translation>Не удалось создать роли entente_viewer и entente_editor (этому пользователю нельзя создавать роли); попросите администратора сервера один раз выполнить entente init.</translation>
    </message>
</context>
<context>
    <name>entente::pg::PgSnapshot</name>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be written to %2.</source>
        <translation>Не удаётся записать начальную копию общей хронологии %1 в %2.</translation>
    </message>
    <message>
        <source>Only the owner of the shared timeline %1 may publish its starting copy.</source>
        <translation>Только владелец общей хронологии %1 может опубликовать её начальную копию.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 cannot be read from %2.</source>
        <translation>Не удаётся прочитать начальную копию общей хронологии %1 из %2.</translation>
    </message>
    <message>
        <source>The starting copy of the shared timeline %1 is not whole.</source>
        <translation>Начальная копия общей хронологии %1 неполная.</translation>
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
        <translation>без типа</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+ещё %1</translation>
    </message>
    <message>
        <source>Grade A–B</source>
        <translation>Оценка A–B</translation>
    </message>
    <message>
        <source>C–D</source>
        <translation>C–D</translation>
    </message>
    <message>
        <source>E–F, ungraded</source>
        <translation>E–F, без оценки</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>does not give a count (a whole number, 0 or more)</source>
        <translation>не задаёт количества (целое число, 0 или больше)</translation>
    </message>
</context>
</TS>
