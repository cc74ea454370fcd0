<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>entente</name>
    <message numerus="yes">
        <source>%1: none of its %n record(s) could be imported, so nothing was; the first problem, at %2: %3.</source>
        <translation>
            <numerusform>%1: its one record could not be imported, so nothing was; the problem, at %2: %3.</numerusform>
            <numerusform>%1: none of its %n records could be imported, so nothing was; the first problem, at %2: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row ends after %1 of the header&apos;s %n column(s)</source>
        <translation>
            <numerusform>the row ends after %1 of the header&apos;s %n column</numerusform>
            <numerusform>the row ends after %1 of the header&apos;s %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>UCDP GED event %1: %2%3; %n death(s) (best estimate).</source>
        <translation>
            <numerusform>UCDP GED event %1: %2%3; %n death (best estimate).</numerusform>
            <numerusform>UCDP GED event %1: %2%3; %n deaths (best estimate).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n byte(s) after its last page: something was added to its end</source>
        <translation>
            <numerusform>it has %n byte after its last page: something was added to its end</numerusform>
            <numerusform>it has %n bytes after its last page: something was added to its end</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %1 of its %n page(s): it was cut short</source>
        <translation>
            <numerusform>it has %1 of its %n page: it was cut short</numerusform>
            <numerusform>it has %1 of its %n pages: it was cut short</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ArticleReader</name>
    <message numerus="yes">
        <source>%1 holds %n character(s) of text: more than one report (at most %2).</source>
        <translation>
            <numerusform>%1 holds %n character of text: more than one report (at most %2).</numerusform>
            <numerusform>%1 holds %n characters of text: more than one report (at most %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::CsvRows</name>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1</source>
        <translation>
            <numerusform>the row has %n field but the header has %1</numerusform>
            <numerusform>the row has %n fields but the header has %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::DatasetFilterPage</name>
    <message numerus="yes">
        <source>%n event(s) would be imported; %1.</source>
        <translation>
            <numerusform>%n event would be imported; %1.</numerusform>
            <numerusform>%n events would be imported; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Document</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::EditActions</name>
    <message numerus="yes">
        <source>%1 takes part in %n event(s). Delete the actor and those roles? (Undo brings them back.)</source>
        <translation>
            <numerusform>%1 takes part in %n event. Delete the actor and those roles? (Undo brings them back.)</numerusform>
            <numerusform>%1 takes part in %n events. Delete the actor and those roles? (Undo brings them back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ExtractDialog</name>
    <message numerus="yes">
        <source>%n event(s) proposed</source>
        <translation>
            <numerusform>%n event proposed</numerusform>
            <numerusform>%n events proposed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already in the file</source>
        <translation>
            <numerusform>, %n already in the file</numerusform>
            <numerusform>, %n already in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::FileHealth</name>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1. Some could not be read and are missing.</source>
        <translation>
            <numerusform>%n row was recovered into %1. Some could not be read and are missing.</numerusform>
            <numerusform>%n rows were recovered into %1. Some could not be read and are missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1; nothing was lost.</source>
        <translation>
            <numerusform>%n row was recovered into %1; nothing was lost.</numerusform>
            <numerusform>%n rows were recovered into %1; nothing was lost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GdeltLayout</name>
    <message numerus="yes">
        <source>the row ends after %1 of the %n field(s) %2 has (a short row)</source>
        <translation>
            <numerusform>the row ends after %1 of the %n field %2 has (a short row)</numerusform>
            <numerusform>the row ends after %1 of the %n fields %2 has (a short row)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) where %1 has %2</source>
        <translation>
            <numerusform>the row has %n field where %1 has %2</numerusform>
            <numerusform>the row has %n fields where %1 has %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GdeltReader</name>
    <message numerus="yes">
        <source>the row has %n tab-separated field(s); a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</source>
        <translation>
            <numerusform>the row has %n tab-separated field; a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</numerusform>
            <numerusform>the row has %n tab-separated fields; a GDELT event file has 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphExport</name>
    <message numerus="yes">
        <source>The %1 most connected actors are shown; %n more are not.</source>
        <translation>
            <numerusform>The %1 most connected actors are shown; %n more is not.</numerusform>
            <numerusform>The %1 most connected actors are shown; %n more are not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphMetricsModel</name>
    <message numerus="yes">
        <source>Approximate: with %n nodes, only paths of up to %1 steps are counted</source>
        <translation>
            <numerusform>Approximate: with %n node, only paths of up to %1 steps are counted</numerusform>
            <numerusform>Approximate: with %n nodes, only paths of up to %1 steps are counted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphRenderer</name>
    <message numerus="yes">
        <source>%n actor(s), </source>
        <translation>
            <numerusform>%n actor, </numerusform>
            <numerusform>%n actors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (approximate: paths of up to %n step(s))</source>
        <translation>
            <numerusform>%1 (approximate: paths of up to %n step)</numerusform>
            <numerusform>%1 (approximate: paths of up to %n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::GraphView</name>
    <message numerus="yes">
        <source>With over %Ln node(s) %1 are counted</source>
        <translation>
            <numerusform>With over %Ln node %1 are counted</numerusform>
            <numerusform>With over %Ln nodes %1 are counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only paths of up to %n step(s)</source>
        <translation>
            <numerusform>only paths of up to %n step</numerusform>
            <numerusform>only paths of up to %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln event(s) are in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</source>
        <translation>
            <numerusform>More than %Ln event is in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</numerusform>
            <numerusform>More than %Ln events are in view, too many to draw one by one: the graph shows the actors, linked by the events they share. Narrow the timeline or the filter to see the events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::IcsExporter</name>
    <message numerus="yes">
        <source>%n event(s) dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), the first &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n event dated before the year 1 or after 9999 left out (iCalendar cannot write such dates): &quot;%1&quot;.</numerusform>
            <numerusform>%n events dated before the year 1 or after 9999 left out (iCalendar cannot write such dates), the first &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportExportActions</name>
    <message numerus="yes">
        <source>This import is too large to undo (%n event(s)); Edit ▸ Undo starts after it.</source>
        <translation>
            <numerusform>This import is too large to undo (%n event); Edit ▸ Undo starts after it.</numerusform>
            <numerusform>This import is too large to undo (%n events); Edit ▸ Undo starts after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %Ln event(s); building their indexes for search…</source>
        <translation>
            <numerusform>Stored %Ln event; building its indexes for search…</numerusform>
            <numerusform>Stored %Ln events; building their indexes for search…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ImportSummary</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to existing actor(s)</source>
        <translation>
            <numerusform>%n matched to existing actor</numerusform>
            <numerusform>%n matched to existing actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n era(s)</source>
        <translation>
            <numerusform>%n era</numerusform>
            <numerusform>%n eras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):
</source>
        <translation>
            <numerusform>Skipped %n row:
</numerusform>
            <numerusform>Skipped %n rows:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed %n value(s):
</source>
        <translation>
            <numerusform>Changed %n value:
</numerusform>
            <numerusform>Changed %n values:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) by --where.
</source>
        <translation>
            <numerusform>Left out %n row by --where.
</numerusform>
            <numerusform>Left out %n rows by --where.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folded %n report(s) into events of the same happening.
</source>
        <translation>
            <numerusform>Folded %n report into events of the same happening.
</numerusform>
            <numerusform>Folded %n reports into events of the same happening.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonDocument</name>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 nests deeper than %n level, which no timeline needs; refused.</numerusform>
            <numerusform>%1 nests deeper than %n levels, which no timeline needs; refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::JsonStream</name>
    <message numerus="yes">
        <source>%1 nests deeper than %n level(s), which no timeline needs; refused.</source>
        <translation>
            <numerusform>%1 nests deeper than %n level, which no timeline needs; refused.</numerusform>
            <numerusform>%1 nests deeper than %n levels, which no timeline needs; refused.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::MainWindow</name>
    <message numerus="yes">
        <source>%n draft event(s) from articles to check.</source>
        <translation>
            <numerusform>%n draft event from articles to check.</numerusform>
            <numerusform>%n draft events from articles to check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln event(s)</source>
        <translation>
            <numerusform>%1 of %Ln event</numerusform>
            <numerusform>%1 of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::ProposalWriter</name>
    <message numerus="yes">
        <source>New events from %n article(s)</source>
        <translation>
            <numerusform>New events from %n article</numerusform>
            <numerusform>New events from %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Publication</name>
    <message numerus="yes">
        <source>Sources: %1 and %n more</source>
        <translation>
            <numerusform>Sources: %1 and %n more</numerusform>
            <numerusform>Sources: %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SharedOpener</name>
    <message numerus="yes">
        <source>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln record(s)…</source>
        <translation>
            <numerusform>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln record…</numerusform>
            <numerusform>Copying %1 to this computer, the first time it is opened here:
%2 of %Ln records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::SharedSession</name>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 imported %Ln event(s): fetching them; the timeline is read-only until they are in.</source>
        <translation>
            <numerusform>%1 imported %Ln event: fetching it; the timeline is read-only until it is in.</numerusform>
            <numerusform>%1 imported %Ln events: fetching them; the timeline is read-only until they are in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1’s import is in: %Ln event(s).</source>
        <translation>
            <numerusform>%1’s import is in: %Ln event.</numerusform>
            <numerusform>%1’s import is in: %Ln events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::StatusChart</name>
    <message numerus="yes">
        <source>Claim status of %n event(s)</source>
        <translation>
            <numerusform>Claim status of %n event</numerusform>
            <numerusform>Claim status of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::Stories</name>
    <message numerus="yes">
        <source>The first %1 of %n filtered event(s)</source>
        <translation>
            <numerusform>The first %1 of %n filtered event</numerusform>
            <numerusform>The first %1 of %n filtered events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::StoryPanel</name>
    <message numerus="yes">
        <source>New story: the first %1 of %n event(s)</source>
        <translation>
            <numerusform>New story: the first %1 of %n event</numerusform>
            <numerusform>New story: the first %1 of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineRenderer</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more actor(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>%n more actor, with fewer events in view, not shown</numerusform>
            <numerusform>%n more actors, with fewer events in view, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more kind(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>%n more kind, with fewer events in view, not shown</numerusform>
            <numerusform>%n more kinds, with fewer events in view, not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more lane(s), with fewer events in view, not shown</source>
        <translation>
            <numerusform>%n more lane, with fewer events in view, not shown</numerusform>
            <numerusform>%n more lanes, with fewer events in view, not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) dated no more precisely than this span</source>
        <translation>
            <numerusform>%n event dated no more precisely than this span</numerusform>
            <numerusform>%n events dated no more precisely than this span</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) at %1</source>
        <translation>
            <numerusform>%Ln event at %1</numerusform>
            <numerusform>%Ln events at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s), %1 to %2</source>
        <translation>
            <numerusform>%Ln event, %1 to %2</numerusform>
            <numerusform>%Ln events, %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::cli</name>
    <message numerus="yes">
        <source>%n draft event(s) added (tagged &quot;draft&quot;)</source>
        <translation>
            <numerusform>%n draft event added (tagged &quot;draft&quot;)</numerusform>
            <numerusform>%n draft events added (tagged &quot;draft&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) given the report as a further source</source>
        <translation>
            <numerusform>%n event given the report as a further source</numerusform>
            <numerusform>%n events given the report as a further source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new actor(s)</source>
        <translation>
            <numerusform>%n new actor</numerusform>
            <numerusform>%n new actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing... %n record(s)</source>
        <translation>
            <numerusform>importing... %n record</numerusform>
            <numerusform>importing... %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n event(s) in %1 s; now building their indexes.</source>
        <translation>
            <numerusform>Stored %n event in %1 s; now building its indexes.</numerusform>
            <numerusform>Stored %n events in %1 s; now building their indexes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copying... %1 (%n row(s) so far)</source>
        <translation>
            <numerusform>copying... %1 (%n row so far)</numerusform>
            <numerusform>copying... %1 (%n rows so far)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) from %1 to %2 in %3 s.
</source>
        <translation>
            <numerusform>Copied %n row from %1 to %2 in %3 s.
</numerusform>
            <numerusform>Copied %n rows from %1 to %2 in %3 s.
</numerusform>
        </translation>
    </message>
</context>
</TS>
