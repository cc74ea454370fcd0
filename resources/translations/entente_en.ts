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
    <name>entente::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s) dated no more precisely than this span</source>
        <translation>
            <numerusform>%n event dated no more precisely than this span</numerusform>
            <numerusform>%n events dated no more precisely than this span</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>entente::UcdpImporter</name>
    <message numerus="yes">
        <source>UCDP GED event %1: %2%3; %n death(s) (best estimate).</source>
        <translation>
            <numerusform>UCDP GED event %1: %2%3; %n death (best estimate).</numerusform>
            <numerusform>UCDP GED event %1: %2%3; %n deaths (best estimate).</numerusform>
        </translation>
    </message>
</context>
</TS>
