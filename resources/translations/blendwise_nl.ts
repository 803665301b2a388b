<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>bw</name>
    <message>
        <source>Unknown export format “%1”; use one of: %2.</source>
        <translation>Onbekend exportformaat “%1”; gebruik een van: %2.</translation>
    </message>
    <message>
        <source>Unknown plan section “%1”; use any of: %2.</source>
        <translation>Onbekend planonderdeel “%1”; gebruik een of meer van: %2.</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>er is geen vrije ruimte meer op de schijf</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is opgebruikt</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>het bestand zou groter worden dan dit systeem toestaat</translation>
    </message>
    <message>
        <source>the program reading the output has stopped</source>
        <translation>het programma dat de uitvoer leest, is gestopt</translation>
    </message>
    <message>
        <source>the device is read-only</source>
        <translation>het opslagapparaat is alleen-lezen</translation>
    </message>
    <message>
        <source>Cannot export “%1”: %2</source>
        <translation>Kan “%1” niet exporteren: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet wegschrijven: %2</translation>
    </message>
    <message>
        <source>%1: no font has a glyph for %2</source>
        <translation>%1: geen enkel lettertype bevat een teken voor %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <source>Objective %1 %2</source>
        <translation>Leerdoel %1 %2</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Activiteit %1 %2</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>Onderdeel %1</translation>
    </message>
    <message>
        <source>Tracked changes are only available in Word documents (DOCX).</source>
        <translation>Bijgehouden wijzigingen zijn alleen beschikbaar in Word-documenten (DOCX).</translation>
    </message>
    <message>
        <source>Tracked changes need the version to compare with.</source>
        <translation>Voor bijgehouden wijzigingen is de versie nodig waarmee vergeleken wordt.</translation>
    </message>
    <message>
        <source>The plan needs more rows than a worksheet has (%1).</source>
        <translation>Het plan heeft meer rijen nodig dan een werkblad bevat (%1).</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8</source>
        <translation>regel %1: de tekst is geen geldige UTF-8</translation>
    </message>
    <message>
        <source>line %1: a quote inside a field that does not start with one</source>
        <translation>regel %1: een aanhalingsteken binnen een veld dat niet met een aanhalingsteken begint</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>regel %1: tekst na het afsluitende aanhalingsteken van een veld</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>regel %1: een veld tussen aanhalingstekens is niet afgesloten</translation>
    </message>
</context>
<context>
    <name>bw::AbcImporter</name>
    <message>
        <source>ABC Learning Design storyboard</source>
        <translation>ABC Learning Design-storyboard</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>regel %1: %2</translation>
    </message>
    <message>
        <source>the board is not a JSON object.</source>
        <translation>het bord is geen JSON-object.</translation>
    </message>
    <message>
        <source>%1: missing, a list is expected.</source>
        <translation>%1: ontbreekt, er wordt een lijst verwacht.</translation>
    </message>
    <message>
        <source>cards[%1].weekId: the week “%2” is not in weeks.</source>
        <translation>cards[%1].weekId: de week “%2” staat niet in weeks.</translation>
    </message>
    <message>
        <source>ABC storyboard</source>
        <translation>ABC-storyboard</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>the duration “%1” is not understood: left unset</source>
        <translation>de duur “%1” wordt niet begrepen: niet ingevuld</translation>
    </message>
    <message>
        <source>phase guessed as in-class from the delivery style</source>
        <translation>fase afgeleid als Tijdens de bijeenkomst uit de uitvoeringsvorm</translation>
    </message>
    <message>
        <source>phase guessed as pre-class: out of class before the week&apos;s first in-class card</source>
        <translation>fase afgeleid als Voorafgaand: buiten de bijeenkomst, vóór de eerste kaart van de week tijdens de bijeenkomst</translation>
    </message>
    <message>
        <source>phase guessed as post-class: out of class after the week&apos;s first in-class card</source>
        <translation>fase afgeleid als Achteraf: buiten de bijeenkomst, na de eerste kaart van de week tijdens de bijeenkomst</translation>
    </message>
    <message>
        <source>direction guessed from the learning type “%1”</source>
        <translation>richting afgeleid uit het leertype “%1”</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>kaart ingelezen</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutDirection</name>
    <message>
        <source>Activity has no direction</source>
        <translation>Activiteit heeft geen richting</translation>
    </message>
    <message>
        <source>The direction (content out to learners, learners reporting back, or learners sharing with each other) decides which tools can carry an activity.</source>
        <translation>De richting (inhoud gaat naar de deelnemers, deelnemers koppelen terug, of deelnemers delen met elkaar) bepaalt welke tools geschikt zijn voor een activiteit.</translation>
    </message>
    <message>
        <source>The activity %1 has no direction: say whether content goes out to learners, learners report back, or learners share with each other.</source>
        <translation>De activiteit %1 heeft geen richting: geef aan of er inhoud naar de deelnemers gaat, of de deelnemers terugkoppelen of dat ze met elkaar delen.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutMoment</name>
    <message>
        <source>Activity not tied to a moment</source>
        <translation>Activiteit niet gekoppeld aan een bijeenkomst</translation>
    </message>
    <message>
        <source>Pre- and post-class activities are dated relative to an in-class moment; without one they are left out of the schedule and the calendar.</source>
        <translation>Activiteiten in de fasen Voorafgaand en Achteraf krijgen een datum ten opzichte van een bijeenkomst; zonder bijeenkomst ontbreken ze in de planning en in de agenda.</translation>
    </message>
    <message>
        <source>The activity %1 (%2) is not tied to an in-class moment, so it cannot be dated.</source>
        <translation>De activiteit %1 (%2) is niet gekoppeld aan een bijeenkomst en kan dus geen datum krijgen.</translation>
    </message>
    <message>
        <source>Tie it to %1</source>
        <translation>Koppelen aan %1</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutPhase</name>
    <message>
        <source>Activity has no phase</source>
        <translation>Activiteit heeft geen fase</translation>
    </message>
    <message>
        <source>Placing every activity before, in or after class is the heart of the flipped design: class time is kept for what needs learners together.</source>
        <translation>Elke activiteit vóór, tijdens of na de bijeenkomst plaatsen, dat is de kern van het flipped ontwerp: zo blijft de contacttijd bewaard voor wat deelnemers samen moeten doen.</translation>
    </message>
    <message>
        <source>The activity %1 has no phase: place it before, in or after class.</source>
        <translation>De activiteit %1 heeft geen fase: plaats deze vóór, tijdens of na de bijeenkomst.</translation>
    </message>
</context>
<context>
    <name>bw::ActivityWithoutTool</name>
    <message>
        <source>Activity has no tool</source>
        <translation>Activiteit heeft geen tool</translation>
    </message>
    <message>
        <source>Learners need to know where an activity happens; the plan&apos;s tools appendix and setup checklist are built from the tools chosen.</source>
        <translation>Deelnemers moeten weten waar een activiteit plaatsvindt; de bijlage met tools en de checklist voor inrichting in het plan worden opgebouwd uit de gekozen tools.</translation>
    </message>
    <message>
        <source>The activity %1 has no tool yet.</source>
        <translation>De activiteit %1 heeft nog geen tool.</translation>
    </message>
    <message>
        <source>%1 fits it best.</source>
        <translation>%1 past er het best bij.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 gebruiken</translation>
    </message>
</context>
<context>
    <name>bw::AddActivity</name>
    <message>
        <source>Add activity %1</source>
        <translation>Activiteit %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>bw::AddObjective</name>
    <message>
        <source>Add objective %1</source>
        <translation>Leerdoel %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>bw::AddTool</name>
    <message>
        <source>Add tool %1</source>
        <translation>Tool %1 toevoegen</translation>
    </message>
</context>
<context>
    <name>bw::Advisor</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
</context>
<context>
    <name>bw::AdvisorContext</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a name in an advisor message (German: „%1“).</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>an untitled activity</source>
        <translation>een naamloze activiteit</translation>
    </message>
    <message>
        <source>Moment %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
</context>
<context>
    <name>bw::BenefitFromOtherTool</name>
    <message>
        <source>Benefit of another tool</source>
        <translation>Meerwaarde van een andere tool</translation>
    </message>
    <message>
        <source>When an activity changes tools, the benefit written for the old one no longer tells learners the truth about the new one.</source>
        <translation>Als een activiteit van tool wisselt, vertelt de meerwaarde die voor de oude tool is geschreven de deelnemers niet meer de waarheid over de nieuwe.</translation>
    </message>
    <message>
        <source>The benefit of %1 is the one %2 brings, but the activity now uses %3.</source>
        <translation>De meerwaarde bij %1 is die van %2, maar de activiteit gebruikt nu %3.</translation>
    </message>
    <message>
        <source>Use the benefit of %1</source>
        <translation>De meerwaarde van %1 gebruiken</translation>
    </message>
</context>
<context>
    <name>bw::BenefitMissing</name>
    <message>
        <source>Learner benefit not stated</source>
        <translation>Meerwaarde voor deelnemers niet vermeld</translation>
    </message>
    <message>
        <source>Learners put effort into a new tool only when they see what is in it for them; say it for every activity that uses one.</source>
        <translation>Deelnemers steken pas moeite in een nieuwe tool als ze zien wat het hun oplevert; vermeld dat bij elke activiteit die een tool gebruikt.</translation>
    </message>
    <message>
        <source>The activity %1 uses %2 but does not tell learners what they gain from it.</source>
        <translation>De activiteit %1 gebruikt %2, maar vertelt de deelnemers niet wat het hun oplevert.</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Write a benefit that fits this activity</source>
        <translation>Een meerwaarde schrijven die bij deze activiteit past</translation>
    </message>
</context>
<context>
    <name>bw::Benefits</name>
    <message>
        <source>You work through the module on %1 at your own pace, and it records that you completed it.</source>
        <translation>Je doorloopt de module op %1 in je eigen tempo, en er wordt vastgelegd dat je de module hebt afgerond.</translation>
    </message>
    <message>
        <source>You watch it on %1 when it suits you, and pause and replay the steps you need.</source>
        <translation>Je bekijkt de video op %1 wanneer het je uitkomt, en kunt de stappen die je nodig hebt pauzeren en opnieuw afspelen.</translation>
    </message>
    <message>
        <source>On %1 you go through it at your own pace and can come back to it whenever you need it.</source>
        <translation>Op %1 neem je de stof in je eigen tempo door en kun je er altijd op teruggrijpen wanneer je dat nodig hebt.</translation>
    </message>
    <message>
        <source>You hand in %1 on %2 and get feedback on it.</source>
        <translation>Je levert %1 in via %2 en krijgt er feedback op.</translation>
    </message>
    <message>
        <source>Your answers on %1 reach the trainer directly, and you get feedback on them.</source>
        <translation>Je antwoorden via %1 komen direct bij de trainer terecht, en je krijgt er feedback op.</translation>
    </message>
    <message>
        <source>You build %1 together with colleagues on %2 and see how the others tackle it.</source>
        <translation>Je maakt %1 samen met collega&apos;s op %2 en ziet hoe de anderen het aanpakken.</translation>
    </message>
    <message>
        <source>On %1 you learn from your colleagues&apos; experience as well as from the trainer.</source>
        <translation>Op %1 leer je niet alleen van de trainer, maar ook van de ervaring van je collega&apos;s.</translation>
    </message>
</context>
<context>
    <name>bw::Catalogue</name>
    <message>
        <source>Untitled plan</source>
        <translation>Naamloos plan</translation>
    </message>
</context>
<context>
    <name>bw::ChangeActivity</name>
    <message>
        <source>Edit activity %1</source>
        <translation>Activiteit %1 bewerken</translation>
    </message>
</context>
<context>
    <name>bw::ChangeInfo</name>
    <message>
        <source>Edit project properties</source>
        <translation>Projecteigenschappen bewerken</translation>
    </message>
</context>
<context>
    <name>bw::ChangeObjective</name>
    <message>
        <source>Edit objective %1</source>
        <translation>Leerdoel %1 bewerken</translation>
    </message>
</context>
<context>
    <name>bw::ChangeText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instructie</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>tool</translation>
    </message>
    <message>
        <source>in the room without a tool</source>
        <translation>zonder tool in de ruimte</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>werkvorm</translation>
    </message>
    <message>
        <source>led by</source>
        <translation>begeleid door</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>learner benefit</source>
        <translation>meerwaarde voor deelnemers</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>toetsing</translation>
    </message>
    <message>
        <source>in-class moment</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>days before or after the moment</source>
        <translation>dagen vóór of na de bijeenkomst</translation>
    </message>
    <message>
        <source>repetition</source>
        <translation>herhaling</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>formulering</translation>
    </message>
    <message>
        <source>success measure</source>
        <translation>succescriterium</translation>
    </message>
    <message>
        <source>assessment instrument</source>
        <translation>toetsinstrument</translation>
    </message>
    <message>
        <source>instrument description</source>
        <translation>beschrijving van het instrument</translation>
    </message>
    <message>
        <source>attached file</source>
        <translation>bijgevoegd bestand</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>directions</source>
        <translation>richtingen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>synchroon</translation>
    </message>
    <message>
        <source>needs a new account</source>
        <translation>vereist een nieuw account</translation>
    </message>
    <message>
        <source>often blocked</source>
        <translation>vaak geblokkeerd</translation>
    </message>
    <message>
        <source>provided by the client</source>
        <translation>aangeboden door de opdrachtgever</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>opvolger</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>toelichting toegang</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>checklist voor inrichting</translation>
    </message>
    <message>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <source>length</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>vorm</translation>
    </message>
    <message>
        <source>place</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>running order</source>
        <translation>volgorde in het dagprogramma</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>leerdoel</translation>
    </message>
    <message>
        <source>members</source>
        <translation>leden</translation>
    </message>
    <message>
        <source>client</source>
        <translation>opdrachtgever</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>doelgroep</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versie</translation>
    </message>
    <message>
        <source>brand colour</source>
        <translation>accentkleur</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>voettekst</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>evaluatieplan</translation>
    </message>
    <message>
        <source>most tools advised</source>
        <translation>maximumaantal tools</translation>
    </message>
    <message>
        <source>silenced advisor rules</source>
        <translation>uitgeschakelde adviesregels</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 rewritten</source>
        <translation>%1 herschreven</translation>
    </message>
    <message>
        <source>moved from position %1 to %2</source>
        <translation>verplaatst van positie %1 naar %2</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 gewijzigd van %2 in %3</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>verplaatst van %1 naar %2</translation>
    </message>
    <message>
        <source>moved from objective %1 to %2</source>
        <translation>verplaatst van leerdoel %1 naar %2</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projectgegevens</translation>
    </message>
    <message>
        <source>Rule of use %1</source>
        <translation>Spelregel %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Leerdoel %1</translation>
    </message>
    <message>
        <source>Activity %1.%2</source>
        <translation>Activiteit %1.%2</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Subgroep %1</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 toegevoegd.</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>bw::ChangeTool</name>
    <message>
        <source>Edit tool %1</source>
        <translation>Tool %1 bewerken</translation>
    </message>
</context>
<context>
    <name>bw::ChartPainter</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRoles</name>
    <message>
        <source>No community roles</source>
        <translation>Geen communityrollen</translation>
    </message>
    <message>
        <source>A learning community rarely runs by itself: champions post first, a curator gathers what is shared, a contact point answers questions and an expert mentor gives feedback.</source>
        <translation>Een leercommunity draait zelden vanzelf: ambassadeurs plaatsen als eersten een bericht, een curator verzamelt wat er gedeeld wordt, een aanspreekpunt beantwoordt vragen en een vakexpert geeft als mentor feedback.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but names no community roles: plan champions, a curator, a contact point or an expert mentor to keep the exchange going.</source>
        <translation>Het plan gebruikt communitytools (%1), maar noemt geen communityrollen: plan ambassadeurs, een curator, een aanspreekpunt of een vakexpert als mentor in om de uitwisseling op gang te houden.</translation>
    </message>
</context>
<context>
    <name>bw::CommunityWithoutRules</name>
    <message>
        <source>No rules of use</source>
        <translation>Geen spelregels</translation>
    </message>
    <message>
        <source>Learners share more freely when they know what may be posted, what stays confidential and how to disagree.</source>
        <translation>Deelnemers delen vrijer als ze weten wat ze mogen plaatsen, wat vertrouwelijk blijft en hoe ze op een goede manier van mening kunnen verschillen.</translation>
    </message>
    <message>
        <source>The plan uses community tools (%1) but gives learners no rules of use.</source>
        <translation>Het plan gebruikt communitytools (%1), maar geeft de deelnemers geen spelregels.</translation>
    </message>
    <message>
        <source>Add starter rules of use</source>
        <translation>Standaardspelregels toevoegen</translation>
    </message>
    <message>
        <source>Share your own experience, and leave out names of clients and anything confidential.</source>
        <translation>Deel eigen ervaringen en laat namen van klanten en alles wat vertrouwelijk is weg.</translation>
    </message>
    <message>
        <source>One idea per post, so that others can reply to each one.</source>
        <translation>Eén idee per bericht, zodat anderen op elk idee afzonderlijk kunnen reageren.</translation>
    </message>
    <message>
        <source>Question ideas, not people: disagreement is welcome, mockery is not.</source>
        <translation>Stel ideeën ter discussie, geen personen: tegenspraak is welkom, spot niet.</translation>
    </message>
    <message>
        <source>Reply to at least one colleague for every post of your own.</source>
        <translation>Reageer voor elk eigen bericht op ten minste één bericht van een collega.</translation>
    </message>
</context>
<context>
    <name>bw::ContentDeliveryInClass</name>
    <message>
        <source>Content delivered in class</source>
        <translation>Kennisoverdracht tijdens de bijeenkomst</translation>
    </message>
    <message>
        <source>In a flipped design learners take in content on their own before class, so that the time together goes on coaching, feedback and practice.</source>
        <translation>In een flipped ontwerp verwerken deelnemers de inhoud zelfstandig vóór de bijeenkomst, zodat de tijd samen naar coaching, feedback en oefening gaat.</translation>
    </message>
    <message>
        <source>The activity %1 delivers content one-to-many in class. Learners can take it in before class, leaving class time for practice and feedback.</source>
        <translation>De activiteit %1 draagt tijdens de bijeenkomst inhoud over (één-op-veel). Deelnemers kunnen die inhoud vooraf verwerken, zodat de contacttijd vrijkomt voor oefening en feedback.</translation>
    </message>
    <message>
        <source>Move before class</source>
        <translation>Naar de fase Voorafgaand verplaatsen</translation>
    </message>
</context>
<context>
    <name>bw::CourseFlowImporter</name>
    <message>
        <source>line %1: the text is not valid UTF-8.</source>
        <translation>regel %1: de tekst is geen geldige UTF-8.</translation>
    </message>
    <message>
        <source>CourseFlow workflow</source>
        <translation>CourseFlow-workflow</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <source>Activities without an outcome</source>
        <translation>Activiteiten zonder leeruitkomst</translation>
    </message>
</context>
<context>
    <name>bw::CsvExporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Spreadsheet (CSV, één rij per activiteit)</translation>
    </message>
</context>
<context>
    <name>bw::CsvImporter</name>
    <message>
        <source>Spreadsheet (CSV, one row per activity)</source>
        <translation>Spreadsheet (CSV, één rij per activiteit)</translation>
    </message>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>regel 1: het bestand bevat geen kopregel</translation>
    </message>
    <message>
        <source>unknown field “%1” in the column map</source>
        <translation>onbekend veld “%1” in de kolomtoewijzing</translation>
    </message>
    <message>
        <source>line %1: no column “%2”; the columns are: %3</source>
        <translation>regel %1: geen kolom “%2”; de kolommen zijn: %3</translation>
    </message>
    <message>
        <source>the column map names no column for the field “title”</source>
        <translation>de kolomtoewijzing noemt geen kolom voor het veld “title”</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>regel %1: de kopregel komt niet overeen; verwacht werden de kolommen: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>regel %1: %2 velden, terwijl de kopregel er %3 heeft</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left unset</source>
        <translation>onbekende fase “%1”: niet ingevuld</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left unset</source>
        <translation>onbekende richting “%1”: niet ingevuld</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: whole group</source>
        <translation>onbekende werkvorm “%1”: plenair</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: none</source>
        <translation>onbekende toetsing “%1”: geen</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>regel %1: “%2” is geen duur in minuten (30 of 10–15)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>regel %1: “%2” is geen aantal dagen</translation>
    </message>
    <message>
        <source>phase guessed as %1 from “%2”</source>
        <translation>fase afgeleid als %1 uit “%2”</translation>
    </message>
</context>
<context>
    <name>bw::CsvUpdate</name>
    <message>
        <source>line 1: the file holds no header line</source>
        <translation>regel 1: het bestand bevat geen kopregel</translation>
    </message>
    <message>
        <source>line %1: the header does not match; expected the columns: %2</source>
        <translation>regel %1: de kopregel komt niet overeen; verwacht werden de kolommen: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3</source>
        <translation>regel %1: %2 velden, terwijl de kopregel er %3 heeft</translation>
    </message>
    <message>
        <source>no activity has the key “%1”: the row is added as a new activity</source>
        <translation>geen activiteit heeft de sleutel “%1”: de rij wordt als nieuwe activiteit toegevoegd</translation>
    </message>
    <message>
        <source>the key %1 is on an earlier row too: this row is added as a new activity</source>
        <translation>de sleutel %1 staat ook op een eerdere rij: deze rij wordt als nieuwe activiteit toegevoegd</translation>
    </message>
    <message>
        <source>new objective “%1”</source>
        <translation>nieuw leerdoel “%1”</translation>
    </message>
    <message>
        <source>unknown phase “%1”: left as it was</source>
        <translation>onbekende fase “%1”: ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>unknown direction “%1”: left as it was</source>
        <translation>onbekende richting “%1”: ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>unknown grouping “%1”: left as it was</source>
        <translation>onbekende werkvorm “%1”: ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>unknown assessment “%1”: left as it was</source>
        <translation>onbekende toetsing “%1”: ongewijzigd gelaten</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a duration in minutes (30 or 10–15)</source>
        <translation>regel %1: “%2” is geen duur in minuten (30 of 10–15)</translation>
    </message>
    <message>
        <source>the tool “%1” was not in the project&apos;s catalogue: added</source>
        <translation>de tool “%1” stond niet in de toolcatalogus van het project: toegevoegd</translation>
    </message>
    <message>
        <source>new in-class moment “%1” (give it a date in the studio)</source>
        <translation>nieuwe bijeenkomst “%1” (geef deze een datum in de studio)</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a number of days</source>
        <translation>regel %1: “%2” is geen aantal dagen</translation>
    </message>
    <message>
        <source>repeats “%1” not understood: change the repetition in the studio</source>
        <translation>herhaling “%1” niet begrepen: wijzig de herhaling in de studio</translation>
    </message>
    <message>
        <source>new activity “%1”</source>
        <translation>nieuwe activiteit “%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: removed</source>
        <translation>“%1” staat niet in de spreadsheet: verwijderd</translation>
    </message>
    <message>
        <source>“%1” is not in the spreadsheet: kept (remove it with the option)</source>
        <translation>“%1” staat niet in de spreadsheet: behouden (verwijder het met de optie)</translation>
    </message>
</context>
<context>
    <name>bw::Document</name>
    <message>
        <source>Edit in-class moments</source>
        <translation>Bijeenkomsten bewerken</translation>
    </message>
    <message>
        <source>Edit community roles</source>
        <translation>Communityrollen bewerken</translation>
    </message>
    <message>
        <source>Edit sub-groups</source>
        <translation>Subgroepen bewerken</translation>
    </message>
    <message>
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>Mark version %1</source>
        <translation>Versie %1 vastleggen</translation>
    </message>
    <message>
        <source>Mark version</source>
        <translation>Versie vastleggen</translation>
    </message>
    <message>
        <source>Remove version %1</source>
        <translation>Versie %1 verwijderen</translation>
    </message>
    <message>
        <source>Record team library origins</source>
        <translation>Herkomst uit de teambibliotheek vastleggen</translation>
    </message>
</context>
<context>
    <name>bw::DocumentVersions</name>
    <message>
        <source>The project is open read-only.</source>
        <translation>Het project is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>There is no such version.</source>
        <translation>Deze versie bestaat niet.</translation>
    </message>
    <message>
        <source>Restore version %1</source>
        <translation>Versie %1 terugzetten</translation>
    </message>
</context>
<context>
    <name>bw::DocxExporter</name>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word-document (DOCX)</translation>
    </message>
</context>
<context>
    <name>bw::Duration</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <translation>%1–%2 min</translation>
    </message>
</context>
<context>
    <name>bw::Enum</name>
    <message>
        <source>No phase</source>
        <translation>Geen fase</translation>
    </message>
    <message>
        <source>Pre-class</source>
        <translation>Voorafgaand</translation>
    </message>
    <message>
        <source>In-class</source>
        <translation>Tijdens de bijeenkomst</translation>
    </message>
    <message>
        <source>Post-class</source>
        <translation>Achteraf</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <source>One-to-many</source>
        <translation>Eén-op-veel</translation>
    </message>
    <message>
        <source>Many-to-one</source>
        <translation>Veel-op-één</translation>
    </message>
    <message>
        <source>Many-to-many</source>
        <translation>Veel-op-veel</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individueel</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Tweetallen</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <source>Whole group</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Expert mentor</source>
        <translation>Mentor (vakexpert)</translation>
    </message>
    <message>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Community role</source>
        <translation>Communityrol</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere rol</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formatief</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Summatief</translation>
    </message>
    <message>
        <source>Face-to-face</source>
        <translation>Op locatie</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Community &amp; discussion</source>
        <translation>Community &amp; discussie</translation>
    </message>
    <message>
        <source>Find &amp; share content</source>
        <translation>Inhoud vinden &amp; delen</translation>
    </message>
    <message>
        <source>Co-create</source>
        <translation>Samen creëren</translation>
    </message>
    <message>
        <source>Speed up the process</source>
        <translation>Proces versnellen</translation>
    </message>
    <message>
        <source>Live meeting</source>
        <translation>Online vergaderen</translation>
    </message>
    <message>
        <source>Survey &amp; quiz</source>
        <translation>Enquête &amp; quiz</translation>
    </message>
    <message>
        <source>E-learning &amp; LMS</source>
        <translation>E-learning &amp; LMS</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Curator</source>
        <translation>Curator</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Aanspreekpunt</translation>
    </message>
    <message>
        <source>Buddy</source>
        <translation>Buddy</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Ander type</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
</context>
<context>
    <name>bw::HtmlExporter</name>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webpagina (HTML)</translation>
    </message>
</context>
<context>
    <name>bw::IcsExporter</name>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>Agenda (iCalendar)</translation>
    </message>
</context>
<context>
    <name>bw::ImportedGuess</name>
    <message>
        <source>Imported value was guessed</source>
        <translation>Geïmporteerde waarde is afgeleid</translation>
    </message>
    <message>
        <source>An import could not read some values and inferred them (a phase from “before the workshop”, a direction from a learning type). Check each one: edit it, or keep it as it is.</source>
        <translation>Een import kon sommige waarden niet lezen en heeft ze afgeleid (een fase uit “vóór de workshop”, een richting uit een leertype). Controleer elke waarde: bewerk haar, of laat haar zoals ze is.</translation>
    </message>
    <message>
        <source>%1 of %2 was guessed on import (%3) — check it</source>
        <translation>%1 van %2 is bij het importeren afgeleid (%3) — controleer dit</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Bijeenkomst</translation>
    </message>
</context>
<context>
    <name>bw::ImsccExporter</name>
    <message>
        <source>Course package (IMS Common Cartridge)</source>
        <translation>Cursuspakket (IMS Common Cartridge)</translation>
    </message>
</context>
<context>
    <name>bw::ImsccText</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>About this course</source>
        <translation>Over deze cursus</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>How success is measured</source>
        <translation>Hoe het succes wordt gemeten</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Overige activiteiten</translation>
    </message>
    <message>
        <source>%1: running order</source>
        <translation>%1: dagprogramma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>datum nog te bepalen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Begeleid door</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What you gain</source>
        <translation>Wat het u oplevert</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 van %2 minuten gepland</translation>
    </message>
</context>
<context>
    <name>bw::InClassOverTime</name>
    <message>
        <source>In-class time overrun</source>
        <translation>Tijd van bijeenkomst overschreden</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes, but it lasts %3 minutes.</source>
        <translation>De activiteiten tijdens %1 duren ongeveer %2 minuten, terwijl de bijeenkomst %3 minuten duurt.</translation>
    </message>
    <message>
        <source>When the activities and breaks planned for a moment take longer than the moment lasts, the last ones are rushed or dropped.</source>
        <translation>Als de activiteiten en pauzes die voor een bijeenkomst zijn gepland langer duren dan de bijeenkomst zelf, worden de laatste afgeraffeld of geschrapt.</translation>
    </message>
    <message>
        <source>The in-class activities of %1 take about %2 minutes and its breaks %3 minutes, but it lasts %4 minutes.</source>
        <translation>De activiteiten tijdens %1 duren ongeveer %2 minuten en de pauzes %3 minuten, terwijl de bijeenkomst %4 minuten duurt.</translation>
    </message>
</context>
<context>
    <name>bw::InClassUnderplanned</name>
    <message>
        <source>In-class time largely unplanned</source>
        <translation>Contacttijd grotendeels niet ingepland</translation>
    </message>
    <message>
        <source>When less than half of a moment is planned, the rest is improvised on the day: the time learners are together is the most expensive part of the course.</source>
        <translation>Als minder dan de helft van een bijeenkomst is ingepland, wordt de rest op de dag zelf geïmproviseerd, terwijl de tijd die deelnemers samen doorbrengen het duurste deel van de cursus is.</translation>
    </message>
    <message>
        <source>%1 has %2 of %3 minutes planned. Add the in-class activities and breaks that fill it, or shorten it.</source>
        <translation>Voor %1 is %2 van de %3 minuten ingepland. Voeg de activiteiten en pauzes toe die de bijeenkomst vullen, of maak de bijeenkomst korter.</translation>
    </message>
</context>
<context>
    <name>bw::JsonExporter</name>
    <message>
        <source>Blendwise interchange (JSON)</source>
        <translation>Blendwise-uitwisselingsformaat (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonImporter</name>
    <message>
        <source>Blendwise plan (JSON)</source>
        <translation>Blendwise-plan (JSON)</translation>
    </message>
</context>
<context>
    <name>bw::JsonInput</name>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>the document is larger than %1 MB, the limit for a plan</source>
        <translation>het document is groter dan %1 MB, de limiet voor een plan</translation>
    </message>
    <message>
        <source>the file is encoded as %1; a Blendwise plan in JSON must be UTF-8</source>
        <translation>het bestand is gecodeerd als %1; een Blendwise-plan in JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the text at %1 is longer than %2 MB, the limit for one text</source>
        <translation>de tekst op %1 is langer dan %2 MB, de limiet voor één tekst</translation>
    </message>
    <message>
        <source>the text at %1 has a lone UTF-16 surrogate (\u%2), which is not a character</source>
        <translation>de tekst op %1 bevat een los UTF-16-surrogaat (\u%2), dat geen teken is</translation>
    </message>
</context>
<context>
    <name>bw::JsonInterchange</name>
    <message>
        <source>the id %1 is also the id of %2</source>
        <translation>de id %1 is ook de id van %2</translation>
    </message>
    <message>
        <source>no role has the id %1 in &quot;roles&quot;</source>
        <translation>geen rol met id %1 in &quot;roles&quot;</translation>
    </message>
    <message>
        <source>no activity has the id %1 in &quot;objectives&quot;</source>
        <translation>geen activiteit met id %1 in &quot;objectives&quot;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 verwacht</translation>
    </message>
    <message>
        <source>%1 is not a Blendwise plan (expected %2)</source>
        <translation>%1 is geen Blendwise-plan (%2 verwacht)</translation>
    </message>
    <message>
        <source>the plan was made by a newer version of Blendwise (format version %1; this version reads up to %2)</source>
        <translation>het plan is gemaakt met een nieuwere versie van Blendwise (formaatversie %1; deze versie leest tot en met %2)</translation>
    </message>
    <message>
        <source>unsupported format version %1</source>
        <translation>niet-ondersteunde formaatversie %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour (expected a value like #1F6FB2)</source>
        <translation>&quot;%1&quot; is geen kleur (verwacht: een waarde zoals #1F6FB2)</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>geen geldige base64</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (expected a value like 2027-03-04T09:00)</source>
        <translation>&quot;%1&quot; is geen datum en tijd (verwacht: een waarde zoals 2027-03-04T09:00)</translation>
    </message>
    <message>
        <source>the id of one of the activities</source>
        <translation>de id van een van de activiteiten</translation>
    </message>
    <message>
        <source>only an entry of kind &quot;activity&quot; names an activity</source>
        <translation>alleen een onderdeel van het soort &quot;activity&quot; verwijst naar een activiteit</translation>
    </message>
    <message>
        <source>a date such as &quot;2027-05-31&quot; or null</source>
        <translation>een datum zoals &quot;2027-05-31&quot; of null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (expected a value like 2027-05-31)</source>
        <translation>&quot;%1&quot; is geen datum (verwacht: een waarde zoals 2027-05-31)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration (expected minutes such as 30 or a range such as &quot;10-15&quot;)</source>
        <translation>&quot;%1&quot; is geen duur (verwacht: minuten zoals 30 of een bereik zoals &quot;10-15&quot;)</translation>
    </message>
    <message>
        <source>a number of minutes or a range such as &quot;10-15&quot;</source>
        <translation>een aantal minuten of een bereik zoals &quot;10-15&quot;</translation>
    </message>
    <message>
        <source>no moment has the id %1 in &quot;moments&quot;</source>
        <translation>geen bijeenkomst met id %1 in &quot;moments&quot;</translation>
    </message>
    <message>
        <source>no moment named &quot;%1&quot; in &quot;moments&quot;</source>
        <translation>geen bijeenkomst met de naam &quot;%1&quot; in &quot;moments&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the moment by its id with &quot;momentId&quot;</source>
        <translation>&quot;%1&quot; is de naam van %2 en %3; verwijs via &quot;momentId&quot; naar de id van de bijeenkomst</translation>
    </message>
    <message>
        <source>no tool has the id %1 in &quot;tools&quot;</source>
        <translation>geen tool met id %1 in &quot;tools&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of %2 and %3; refer to the tool by its id with &quot;toolId&quot;</source>
        <translation>&quot;%1&quot; is de naam van %2 en %3; verwijs via &quot;toolId&quot; naar de id van de tool</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither in &quot;tools&quot; nor in the built-in catalogue; added as a plain tool</source>
        <translation>&quot;%1&quot; staat niet in &quot;tools&quot; en ook niet in de standaardcatalogus; toegevoegd als eenvoudige tool</translation>
    </message>
    <message>
        <source>no objective has the id %1 in &quot;objectives&quot;</source>
        <translation>geen leerdoel met id %1 in &quot;objectives&quot;</translation>
    </message>
    <message>
        <source>there is no objective %1 (expected an index from 0 to %2, or null)</source>
        <translation>er is geen leerdoel %1 (verwacht: een index van 0 tot en met %2, of null)</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>regel %1, kolom %2</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>geen geldige JSON op %1: %2</translation>
    </message>
    <message>
        <source>not a Blendwise plan: the document is not a JSON object</source>
        <translation>geen Blendwise-plan: het document is geen JSON-object</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>een tekenreeks</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a whole number from 1 to %1</source>
        <translation>een geheel getal van 1 tot en met %1</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>een lijst met tekenreeksen</translation>
    </message>
    <message>
        <source>%1[%2]: expected a string, got %3</source>
        <translation>%1[%2]: tekenreeks verwacht, %3 gekregen</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2</source>
        <translation>%1: object verwacht, %2 gekregen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <source>%1: unknown key ignored</source>
        <translation>%1: onbekende sleutel genegeerd</translation>
    </message>
    <message>
        <source>required but missing</source>
        <translation>verplicht, maar ontbreekt</translation>
    </message>
    <message>
        <source>required but missing (%1)</source>
        <translation>verplicht, maar ontbreekt (%1)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 verwacht, %2 gekregen</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>het getal %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>de tekst &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected %2)</source>
        <translation>onbekende waarde &quot;%1&quot; (verwacht: %2)</translation>
    </message>
    <message>
        <source>%1[%2]: unknown value &quot;%3&quot; (expected %4)</source>
        <translation>%1[%2]: onbekende waarde &quot;%3&quot; (verwacht: %4)</translation>
    </message>
</context>
<context>
    <name>bw::Library</name>
    <message>
        <source>service %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>your database role may not do this (%1); ask a library administrator for blendwise_editor or blendwise_admin</source>
        <translation>uw databaserol mag dit niet (%1); vraag een beheerder van de bibliotheek om blendwise_editor of blendwise_admin</translation>
    </message>
    <message>
        <source>the server refused the login: %1</source>
        <translation>de server heeft de aanmelding geweigerd: %1</translation>
    </message>
    <message>
        <source>this database has no Blendwise library yet; run &quot;blendwise library init&quot;</source>
        <translation>deze database heeft nog geen Blendwise-bibliotheek; voer &quot;blendwise library init&quot; uit</translation>
    </message>
    <message>
        <source>the library server cannot be reached: %1</source>
        <translation>de bibliotheekserver is niet bereikbaar: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL) is not installed</source>
        <translation>het PostgreSQL-stuurprogramma van Qt (QPSQL) is niet geïnstalleerd</translation>
    </message>
    <message>
        <source>cannot connect to the library at %1: %2</source>
        <translation>kan geen verbinding maken met de bibliotheek op %1: %2</translation>
    </message>
    <message>
        <source>migrating the library</source>
        <translation>de bibliotheek migreren</translation>
    </message>
    <message>
        <source>the library has schema version %1, made by a newer Blendwise; this one knows up to %2: update Blendwise</source>
        <translation>de bibliotheek heeft schemaversie %1, gemaakt door een nieuwere Blendwise; deze versie kent tot en met %2: werk Blendwise bij</translation>
    </message>
    <message>
        <source>the library has the older schema version %1; run &quot;blendwise library init&quot; to migrate it to %2</source>
        <translation>de bibliotheek heeft de oudere schemaversie %1; voer &quot;blendwise library init&quot; uit om deze naar %2 te migreren</translation>
    </message>
    <message>
        <source>%1 does not name a template of the team library</source>
        <translation>%1 is geen sjabloon uit de teambibliotheek</translation>
    </message>
    <message>
        <source>the team library has no template named &quot;%1&quot;</source>
        <translation>de teambibliotheek heeft geen sjabloon met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is not a team library address</source>
        <translation>%1 is geen adres van een teambibliotheek</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;.</source>
        <translation>De bibliotheek heeft &quot;%1&quot; uitgefaseerd.</translation>
    </message>
    <message>
        <source>The library retired &quot;%1&quot;; its replacement is &quot;%2&quot;.</source>
        <translation>De bibliotheek heeft &quot;%1&quot; uitgefaseerd; de vervanger is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 now blocks &quot;%2&quot;.</source>
        <translation>%1 blokkeert nu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; was revised in the library.</source>
        <translation>Het patroon &quot;%1&quot; is in de bibliotheek herzien.</translation>
    </message>
    <message>
        <source>The template this project came from was revised in the library.</source>
        <translation>Het sjabloon waarop dit project is gebaseerd, is in de bibliotheek herzien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no longer in the library (deleted by a colleague)</source>
        <translation>&quot;%1&quot; staat niet meer in de bibliotheek (verwijderd door een collega)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed in the library by %2 at %3 (version %4; you last saw %5): pull it again before publishing</source>
        <translation>&quot;%1&quot; is in de bibliotheek gewijzigd door %2 op %3 (versie %4; u zag het laatst %5): haal het opnieuw op voordat u publiceert</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publiceren</translation>
    </message>
    <message>
        <source>publishing &quot;%1&quot;</source>
        <translation>&quot;%1&quot; publiceren</translation>
    </message>
    <message>
        <source>the library already has a %1 named &quot;%2&quot;: pull it and publish over it</source>
        <translation>de bibliotheek heeft al een %1 met de naam &quot;%2&quot;: haal het op en publiceer eroverheen</translation>
    </message>
    <message>
        <source>a tool needs a name</source>
        <translation>een tool heeft een naam nodig</translation>
    </message>
    <message>
        <source>a client profile needs a name</source>
        <translation>een opdrachtgeversprofiel heeft een naam nodig</translation>
    </message>
    <message>
        <source>a template needs a name and a project</source>
        <translation>een sjabloon heeft een naam en een project nodig</translation>
    </message>
    <message>
        <source>a pattern needs a title</source>
        <translation>een patroon heeft een titel nodig</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot;</source>
        <translation>de bibliotheek heeft geen tool met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the library has no tool named &quot;%1&quot; to replace &quot;%2&quot;</source>
        <translation>de bibliotheek heeft geen tool met de naam &quot;%1&quot; om &quot;%2&quot; te vervangen</translation>
    </message>
    <message>
        <source>deleting</source>
        <translation>verwijderen</translation>
    </message>
    <message>
        <source>the item is not in the library</source>
        <translation>het item staat niet in de bibliotheek</translation>
    </message>
    <message>
        <source>the template &quot;%1&quot; in the library is not a valid plan: %2</source>
        <translation>het sjabloon &quot;%1&quot; in de bibliotheek is geen geldig plan: %2</translation>
    </message>
</context>
<context>
    <name>bw::LibraryRetiredTool</name>
    <message>
        <source>Team library retired a tool</source>
        <translation>Teambibliotheek heeft een tool uitgefaseerd</translation>
    </message>
    <message>
        <source>Your team library has retired a tool this plan still uses. The team agreed on its replacement; Update from Team Library, or this fix, takes it into the plan.</source>
        <translation>Uw teambibliotheek heeft een tool uitgefaseerd die dit plan nog gebruikt. Het team heeft een opvolger afgesproken; met Bijwerken vanuit teambibliotheek of met deze oplossing neemt u die over in het plan.</translation>
    </message>
    <message>
        <source>The team library retired %1; choose another tool for the activities that use it.</source>
        <translation>De teambibliotheek heeft %1 uitgefaseerd; kies een andere tool voor de activiteiten die deze tool gebruiken.</translation>
    </message>
    <message>
        <source>Mark %1 retired</source>
        <translation>%1 als uitgefaseerd markeren</translation>
    </message>
    <message>
        <source>The team library retired %1 (replacement %2).</source>
        <translation>De teambibliotheek heeft %1 uitgefaseerd (opvolger: %2).</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Overal vervangen door %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 vervangen door %2</translation>
    </message>
</context>
<context>
    <name>bw::MarkdownExporter</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
</context>
<context>
    <name>bw::MoveActivity</name>
    <message>
        <source>Move activity %1 to %2</source>
        <translation>Activiteit %1 naar de fase %2 verplaatsen</translation>
    </message>
    <message>
        <source>Move activity %1</source>
        <translation>Activiteit %1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>bw::MoveObjective</name>
    <message>
        <source>Move objective</source>
        <translation>Leerdoel verplaatsen</translation>
    </message>
    <message>
        <source>Move objective %1</source>
        <translation>Leerdoel %1 verplaatsen</translation>
    </message>
</context>
<context>
    <name>bw::NoFollowUp</name>
    <message>
        <source>No follow-up or assessment</source>
        <translation>Geen nazorg of toetsing</translation>
    </message>
    <message>
        <source>Without anything after class, nobody knows whether the objective was reached and learners have no nudge to apply what they learned.</source>
        <translation>Zonder vervolg na de bijeenkomst weet niemand of het leerdoel is bereikt, en krijgen deelnemers geen duwtje om het geleerde toe te passen.</translation>
    </message>
    <message>
        <source>The objective %1 has no post-class follow-up and no assessment. Plan how learners apply it after class and how you will check it.</source>
        <translation>Het leerdoel %1 heeft geen nazorg na de bijeenkomst en geen toetsing. Plan hoe deelnemers het na de bijeenkomst toepassen en hoe u dat controleert.</translation>
    </message>
</context>
<context>
    <name>bw::NoManyToMany</name>
    <message>
        <source>No many-to-many activity</source>
        <translation>Geen veel-op-veelactiviteit</translation>
    </message>
    <message>
        <source>Learners who share with each other learn from colleagues&apos; experience and remember more than from content alone.</source>
        <translation>Deelnemers die met elkaar delen, leren van de ervaring van collega&apos;s en onthouden meer dan van inhoud alleen.</translation>
    </message>
    <message>
        <source>No activity has learners share with each other (many-to-many). Peer exchange, before or after class, is where much of the learning sticks.</source>
        <translation>Geen enkele activiteit laat deelnemers met elkaar delen (veel-op-veel). Juist in de uitwisseling met collega&apos;s, vóór of na de bijeenkomst, blijft veel van het geleerde hangen.</translation>
    </message>
</context>
<context>
    <name>bw::NoReflection</name>
    <message>
        <source>No reflection after class</source>
        <translation>Geen reflectie achteraf</translation>
    </message>
    <message>
        <source>Looking back on what they will do differently turns a course into a change at work; the method plans a reflection after class.</source>
        <translation>Terugblikken op wat ze voortaan anders gaan doen, maakt van een cursus een verandering op de werkvloer; de methode plant daarom een reflectie na de bijeenkomst.</translation>
    </message>
    <message>
        <source>No activity after class asks learners to reflect on what they learned and what they will do differently.</source>
        <translation>Geen enkele activiteit na de bijeenkomst vraagt deelnemers te reflecteren op wat ze hebben geleerd en wat ze voortaan anders gaan doen.</translation>
    </message>
    <message>
        <source>reflect, lessons learned, look back, debrief, learning journal, retrospective</source>
        <translation>reflect, terugblik, terugkijk, kijk terug, blik terug, nabespre, leerdagboek, logboek, lessons learned, geleerde lessen, retrospecti, intervisie</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveNotMeasurable</name>
    <message>
        <source>Objective is not measurable</source>
        <translation>Leerdoel is niet meetbaar</translation>
    </message>
    <message>
        <source>Nobody can observe learners “understand” or “be aware of” something. A verb that can be observed (list, explain, calculate, compare, assess, design …) says how success will be measured.</source>
        <translation>Niemand kan waarnemen dat deelnemers iets “begrijpen” of zich ergens “bewust van zijn”. Een waarneembaar werkwoord (opsommen, uitleggen, berekenen, vergelijken, beoordelen, ontwerpen …) zegt hoe het succes wordt gemeten.</translation>
    </message>
    <message>
        <source>The objective %1 is not measurable: nobody can observe learners “%2”. Say what they will do instead, for example %3.</source>
        <translation>Het leerdoel %1 is niet meetbaar: niemand kan “%2” bij deelnemers waarnemen. Beschrijf liever wat ze zullen doen, bijvoorbeeld %3.</translation>
    </message>
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>“%1” vervangen door “%2”</translation>
    </message>
    <message>
        <source>The objective %1 does not say what learners will be able to do. Start from a verb that can be observed, for example %2.</source>
        <translation>Het leerdoel %1 zegt niet wat deelnemers zullen kunnen. Begin met een waarneembaar werkwoord, bijvoorbeeld %2.</translation>
    </message>
    <message>
        <source>calculate</source>
        <translation>berekenen</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutActivities</name>
    <message>
        <source>Objective has no activities</source>
        <translation>Leerdoel heeft geen activiteiten</translation>
    </message>
    <message>
        <source>An objective is reached through an ordered sequence of learning activities; without any, nothing in the plan gets learners there.</source>
        <translation>Een leerdoel wordt bereikt via een geordende reeks leeractiviteiten; zonder activiteiten is er in het plan niets wat de deelnemers daar brengt.</translation>
    </message>
    <message>
        <source>The objective %1 has no activities yet: add the ones learners need to reach it.</source>
        <translation>Het leerdoel %1 heeft nog geen activiteiten: voeg de activiteiten toe die deelnemers nodig hebben om het te bereiken.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutStatement</name>
    <message>
        <source>Objective has no statement</source>
        <translation>Leerdoel heeft geen formulering</translation>
    </message>
    <message>
        <source>Everything in the plan serves an objective; an objective without a statement gives the activities nothing to aim at.</source>
        <translation>Alles in het plan dient een leerdoel; een leerdoel zonder formulering geeft de activiteiten niets om naartoe te werken.</translation>
    </message>
    <message>
        <source>Objective %1 has no statement: write down what learners will be able to do.</source>
        <translation>Leerdoel %1 heeft geen formulering: schrijf op wat deelnemers zullen kunnen.</translation>
    </message>
</context>
<context>
    <name>bw::ObjectiveWithoutSummative</name>
    <message>
        <source>Objective is never assessed</source>
        <translation>Leerdoel wordt nooit getoetst</translation>
    </message>
    <message>
        <source>Without a summative assessment nobody can tell the client whether learners reached the objective: plan the quiz, graded task or observed role-play that checks it.</source>
        <translation>Zonder summatieve toetsing kan niemand de opdrachtgever vertellen of deelnemers het leerdoel hebben bereikt: plan de quiz, de beoordeelde opdracht of het geobserveerde rollenspel waarmee dat wordt vastgesteld.</translation>
    </message>
    <message>
        <source>The objective %1 has no summative assessment: no activity checks whether learners reached it.</source>
        <translation>Het leerdoel %1 heeft geen summatieve toetsing: geen enkele activiteit stelt vast of deelnemers het hebben bereikt.</translation>
    </message>
    <message>
        <source>%1 could be it, for example with a quiz or a graded task.</source>
        <translation>%1 zou die toetsing kunnen zijn, bijvoorbeeld met een quiz of een beoordeelde opdracht.</translation>
    </message>
    <message>
        <source>Make %1 the summative assessment</source>
        <translation>%1 de summatieve toetsing maken</translation>
    </message>
    <message>
        <source>Add one after class, for example a quiz, a graded task or an observed role-play.</source>
        <translation>Voeg er een toe na de bijeenkomst, bijvoorbeeld een quiz, een beoordeelde opdracht of een geobserveerd rollenspel.</translation>
    </message>
</context>
<context>
    <name>bw::OdtExporter</name>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation>OpenDocument-tekst (ODT)</translation>
    </message>
</context>
<context>
    <name>bw::OfficePackage</name>
    <message>
        <source>Could not start the document package (ZIP error %1).</source>
        <translation>Het documentpakket kon niet worden gestart (ZIP-fout %1).</translation>
    </message>
    <message>
        <source>Could not write “%1” into the document package.</source>
        <translation>Kan “%1” niet in het documentpakket schrijven.</translation>
    </message>
    <message>
        <source>Could not finish the document package (ZIP error %1).</source>
        <translation>Het documentpakket kon niet worden afgerond (ZIP-fout %1).</translation>
    </message>
</context>
<context>
    <name>bw::OffsetContraryToPhase</name>
    <message>
        <source>Due date on the wrong side of class</source>
        <translation>Deadline aan de verkeerde kant van de bijeenkomst</translation>
    </message>
    <message>
        <source>A pre-class activity is due before its moment and a post-class one after it; an offset with the wrong sign puts it on the wrong side of class in the schedule.</source>
        <translation>Een activiteit in de fase Voorafgaand heeft haar deadline vóór de bijeenkomst, een activiteit in de fase Achteraf erna; een verschuiving met het verkeerde teken zet de activiteit in de planning aan de verkeerde kant van de bijeenkomst.</translation>
    </message>
    <message>
        <source>The pre-class activity %1 is due a day after its moment.</source>
        <translation>De activiteit %1 (voorafgaand) moet pas een dag na de bijeenkomst af zijn.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-class activity %1 is due %n days after its moment.</source>
        <translation>
            <numerusform>De activiteit %1 (voorafgaand) moet pas %n dag na de bijeenkomst af zijn.</numerusform>
            <numerusform>De activiteit %1 (voorafgaand) moet pas %n dagen na de bijeenkomst af zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due before its moment</source>
        <translation>Deadline vóór de bijeenkomst leggen</translation>
    </message>
    <message>
        <source>The post-class activity %1 is due a day before its moment.</source>
        <translation>De activiteit %1 (achteraf) moet al een dag vóór de bijeenkomst af zijn.</translation>
    </message>
    <message numerus="yes">
        <source>The post-class activity %1 is due %n days before its moment.</source>
        <translation>
            <numerusform>De activiteit %1 (achteraf) moet al %n dag vóór de bijeenkomst af zijn.</numerusform>
            <numerusform>De activiteit %1 (achteraf) moet al %n dagen vóór de bijeenkomst af zijn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make it due after its moment</source>
        <translation>Deadline na de bijeenkomst leggen</translation>
    </message>
</context>
<context>
    <name>bw::PagePainter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
    <message>
        <source>Could not start drawing the document.</source>
        <translation>Het tekenen van het document kon niet worden gestart.</translation>
    </message>
    <message>
        <source>Could not finish the document.</source>
        <translation>Het document kon niet worden afgerond.</translation>
    </message>
</context>
<context>
    <name>bw::PdfExporter</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>De export is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>bw::PlanEmpty</name>
    <message>
        <source>How to start</source>
        <translation>Zo begint u</translation>
    </message>
    <message>
        <source>A blended course is designed from its objectives: each one first, then the activities before, in and after class that lead to it.</source>
        <translation>Een blended cursus ontwerpt u vanuit de leerdoelen: eerst elk leerdoel, dan de activiteiten vóór, tijdens en na de bijeenkomst die ernaartoe leiden.</translation>
    </message>
    <message>
        <source>The plan has no objectives yet. Add your first objective: what learners will be able to do after the course, starting with a verb that can be observed (list, calculate, present …). Then give it its activities before, in and after class, each with a direction and a tool.</source>
        <translation>Het plan heeft nog geen leerdoelen. Voeg uw eerste leerdoel toe: wat deelnemers na de cursus zullen kunnen, beginnend met een waarneembaar werkwoord (opsommen, berekenen, presenteren …). Geef het leerdoel daarna zijn activiteiten vóór, tijdens en na de bijeenkomst, elk met een richting en een tool.</translation>
    </message>
    <message>
        <source>Add the in-class moments too: the days or sessions learners spend together.</source>
        <translation>Voeg ook de bijeenkomsten toe: de dagen of sessies waarop deelnemers samen zijn.</translation>
    </message>
</context>
<context>
    <name>bw::PracticeWithoutPreparation</name>
    <message>
        <source>In-class practice without preparation</source>
        <translation>Oefening tijdens de bijeenkomst zonder voorbereiding</translation>
    </message>
    <message>
        <source>Practice in class works when learners arrive having studied the basics; otherwise class time goes on explaining them after all.</source>
        <translation>Oefenen tijdens de bijeenkomst werkt als deelnemers de basis al hebben bestudeerd; anders gaat de contacttijd alsnog op aan uitleg.</translation>
    </message>
    <message>
        <source>Learners practise in class (%1), but nothing before class prepares them for the objective %2.</source>
        <translation>Deelnemers oefenen tijdens de bijeenkomst (%1), maar niets vooraf bereidt hen voor op het leerdoel %2.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectFile</name>
    <message>
        <source>it is a symbolic link to “%1”, which does not exist.</source>
        <translation>het is een symbolische koppeling naar “%1”, dat niet bestaat.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>het bestand bestaat niet.</translation>
    </message>
    <message>
        <source>it is a symbolic link that leads back to itself (a link loop).</source>
        <translation>het is een symbolische koppeling die naar zichzelf terugverwijst (een koppelingslus).</translation>
    </message>
    <message>
        <source>the file cannot be read (%1).</source>
        <translation>het bestand kan niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>it is a folder, not a project file.</source>
        <translation>het is een map, geen projectbestand.</translation>
    </message>
    <message>
        <source>it is a named pipe (FIFO), not a project file.</source>
        <translation>het is een named pipe (FIFO), geen projectbestand.</translation>
    </message>
    <message>
        <source>it is a device or special file, not a project file.</source>
        <translation>het is een apparaatbestand of speciaal bestand, geen projectbestand.</translation>
    </message>
    <message>
        <source>the file is empty, not a Blendwise project.</source>
        <translation>het bestand is leeg, geen Blendwise-project.</translation>
    </message>
    <message>
        <source>it is not a Blendwise project.</source>
        <translation>het is geen Blendwise-project.</translation>
    </message>
    <message>
        <source>it is a %1 text file, not a Blendwise project.</source>
        <translation>het is een %1-tekstbestand, geen Blendwise-project.</translation>
    </message>
    <message>
        <source>it is a database of another application, not a Blendwise project.</source>
        <translation>het is een database van een andere toepassing, geen Blendwise-project.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Blendwise (file format %1; this version reads up to %2).</source>
        <translation>het is gemaakt met een nieuwere versie van Blendwise (bestandsformaat %1; deze versie leest tot en met %2).</translation>
    </message>
    <message>
        <source>the file cannot be copied for upgrading to the current format.</source>
        <translation>het bestand kan niet worden gekopieerd om het naar het huidige formaat bij te werken.</translation>
    </message>
    <message>
        <source>the file cannot be read safely (%1).</source>
        <translation>het bestand kan niet veilig worden gelezen (%1).</translation>
    </message>
    <message>
        <source>reading it took longer than %1 seconds; it is not a project Blendwise can open.</source>
        <translation>het lezen duurde langer dan %1 seconden; het is geen project dat Blendwise kan openen.</translation>
    </message>
    <message>
        <source>it holds a value Blendwise does not accept: %1</source>
        <translation>het bevat een waarde die Blendwise niet accepteert: %1</translation>
    </message>
    <message>
        <source>Cannot save “%1”: %2</source>
        <translation>Kan “%1” niet opslaan: %2</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>de map “%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is een bestand, geen map.</translation>
    </message>
    <message>
        <source>it is a folder.</source>
        <translation>het is een map.</translation>
    </message>
    <message>
        <source>the file is read-only.</source>
        <translation>het bestand is alleen-lezen.</translation>
    </message>
    <message>
        <source>the folder “%1” is read-only.</source>
        <translation>de map “%1” is alleen-lezen.</translation>
    </message>
    <message>
        <source>the project could not be written (%1).</source>
        <translation>het project kon niet worden weggeschreven (%1).</translation>
    </message>
    <message>
        <source>the file permissions could not be kept.</source>
        <translation>de bestandsrechten konden niet worden behouden.</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk (%1).</source>
        <translation>de gegevens konden niet naar de schijf worden weggeschreven (%1).</translation>
    </message>
    <message>
        <source>the file could not be replaced (%1).</source>
        <translation>het bestand kon niet worden vervangen (%1).</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>the project is damaged or truncated (%1).</source>
        <translation>het project is beschadigd of onvolledig (%1).</translation>
    </message>
</context>
<context>
    <name>bw::ProjectStorage</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
</context>
<context>
    <name>bw::ProjectValidation</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>In-class moment %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Leerdoel %1</translation>
    </message>
    <message>
        <source>Objective %1, activity %2</source>
        <translation>Leerdoel %1, activiteit %2</translation>
    </message>
    <message>
        <source>Sub-group %1</source>
        <translation>Subgroep %1</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>%1, agenda entry %2</source>
        <translation>%1, onderdeel %2 van het dagprogramma</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>the id %1 is outside 1–%2.</source>
        <translation>de id %1 valt buiten 1–%2.</translation>
    </message>
    <message>
        <source>the id %1 is used twice.</source>
        <translation>de id %1 wordt twee keer gebruikt.</translation>
    </message>
    <message>
        <source>%1 %2 is outside %3–%4.</source>
        <translation>%1 (%2) valt buiten %3–%4.</translation>
    </message>
    <message>
        <source>the %1 contains a broken character (a lone UTF-16 surrogate).</source>
        <translation>het veld “%1” bevat een beschadigd teken (een los UTF-16-surrogaat).</translation>
    </message>
    <message>
        <source>the %1 (%2) is not one Blendwise knows.</source>
        <translation>de waarde van “%1” (%2) is onbekend voor Blendwise.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>client</source>
        <translation>opdrachtgever</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>doelgroep</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>plan version</source>
        <translation>planversie</translation>
    </message>
    <message>
        <source>footer</source>
        <translation>voettekst</translation>
    </message>
    <message>
        <source>evaluation plan</source>
        <translation>evaluatieplan</translation>
    </message>
    <message>
        <source>rules of use</source>
        <translation>spelregels</translation>
    </message>
    <message>
        <source>muted rules</source>
        <translation>uitgeschakelde regels</translation>
    </message>
    <message>
        <source>the tool limit</source>
        <translation>de toollimiet</translation>
    </message>
    <message>
        <source>the rule “%1” is muted twice.</source>
        <translation>de regel “%1” is twee keer uitgeschakeld.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>place</source>
        <translation>locatie</translation>
    </message>
    <message>
        <source>the length in minutes</source>
        <translation>de duur in minuten</translation>
    </message>
    <message>
        <source>the start is not a local time in whole minutes.</source>
        <translation>het begin is geen lokale tijd in hele minuten.</translation>
    </message>
    <message>
        <source>the start year %1 is outside %2–%3.</source>
        <translation>het beginjaar %1 valt buiten %2–%3.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>vorm</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kosten</translation>
    </message>
    <message>
        <source>address</source>
        <translation>webadres</translation>
    </message>
    <message>
        <source>replacement</source>
        <translation>opvolger</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>meerwaarde</translation>
    </message>
    <message>
        <source>access notes</source>
        <translation>toelichting toegang</translation>
    </message>
    <message>
        <source>setup checklist</source>
        <translation>checklist voor inrichting</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>supported direction</source>
        <translation>ondersteunde richting</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>formulering</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>succescriterium</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>instrument&apos;s name</source>
        <translation>naam van het instrument</translation>
    </message>
    <message>
        <source>instrument&apos;s description</source>
        <translation>beschrijving van het instrument</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>bestandsnaam</translation>
    </message>
    <message>
        <source>the attached file is larger than %1 MB.</source>
        <translation>het bijgevoegde bestand is groter dan %1 MB.</translation>
    </message>
    <message>
        <source>the file name “%1” is not a plain file name (no folders, no control characters).</source>
        <translation>de bestandsnaam “%1” is geen gewone bestandsnaam (geen mappen, geen stuurtekens).</translation>
    </message>
    <message>
        <source>the attached file has no name.</source>
        <translation>het bijgevoegde bestand heeft geen naam.</translation>
    </message>
    <message>
        <source>unit of the recurrence</source>
        <translation>eenheid van de herhaling</translation>
    </message>
    <message>
        <source>the recurrence has no unit but an interval, count or end.</source>
        <translation>de herhaling heeft geen eenheid, maar wel een interval, aantal of einde.</translation>
    </message>
    <message>
        <source>the interval</source>
        <translation>het interval</translation>
    </message>
    <message>
        <source>the number of occurrences</source>
        <translation>het aantal keren</translation>
    </message>
    <message>
        <source>the recurrence has neither a number of occurrences nor an end date.</source>
        <translation>de herhaling heeft geen aantal keren en ook geen einddatum.</translation>
    </message>
    <message>
        <source>the end year %1 is outside %2–%3.</source>
        <translation>het eindjaar %1 valt buiten %2–%3.</translation>
    </message>
    <message>
        <source>instructions</source>
        <translation>instructie</translation>
    </message>
    <message>
        <source>deliverable</source>
        <translation>resultaat</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>richting</translation>
    </message>
    <message>
        <source>grouping</source>
        <translation>werkvorm</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>begeleider</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>toetsing</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is outside 0–%3.</source>
        <translation>de duur van %1–%2 minuten valt buiten 0–%3.</translation>
    </message>
    <message>
        <source>the duration %1–%2 minutes is reversed.</source>
        <translation>bij de duur van %1–%2 minuten zijn minimum en maximum omgedraaid.</translation>
    </message>
    <message>
        <source>the offset in days</source>
        <translation>de verschuiving in dagen</translation>
    </message>
    <message>
        <source>the tool %1 is not in the project.</source>
        <translation>de tool %1 zit niet in het project.</translation>
    </message>
    <message>
        <source>the in-class moment %1 is not in the project.</source>
        <translation>de bijeenkomst %1 zit niet in het project.</translation>
    </message>
    <message>
        <source>the activity is marked as without a tool but names the tool %1.</source>
        <translation>de activiteit is gemarkeerd als activiteit zonder tool, maar noemt de tool %1.</translation>
    </message>
    <message>
        <source>leader&apos;s name</source>
        <translation>naam van de begeleider</translation>
    </message>
    <message>
        <source>the role %1 is not in the project.</source>
        <translation>de rol %1 zit niet in het project.</translation>
    </message>
    <message>
        <source>the id %1 is also the id of another item.</source>
        <translation>de id %1 is ook de id van een ander onderdeel.</translation>
    </message>
    <message>
        <source>kind of entry</source>
        <translation>soort onderdeel</translation>
    </message>
    <message>
        <source>the activity %1 is not in the project.</source>
        <translation>de activiteit %1 zit niet in het project.</translation>
    </message>
    <message>
        <source>the activity %1 is in this agenda twice.</source>
        <translation>de activiteit %1 staat twee keer in dit dagprogramma.</translation>
    </message>
    <message>
        <source>a break or lunch names the activity %1.</source>
        <translation>een pauze of lunch verwijst naar de activiteit %1.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>the version holds no project.</source>
        <translation>de versie bevat geen project.</translation>
    </message>
    <message>
        <source>the year</source>
        <translation>het jaar</translation>
    </message>
    <message>
        <source>mission</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>the number of members</source>
        <translation>het aantal leden</translation>
    </message>
    <message>
        <source>the objective %1 is not in the project.</source>
        <translation>het leerdoel %1 zit niet in het project.</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>taken</translation>
    </message>
    <message>
        <source>custom kind</source>
        <translation>eigen type</translation>
    </message>
    <message>
        <source>kind of role</source>
        <translation>type rol</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a guessed value names no field.</source>
        <translation>bij een afgeleide waarde ontbreekt het veld.</translation>
    </message>
    <message>
        <source>guessed value</source>
        <translation>afgeleide waarde</translation>
    </message>
</context>
<context>
    <name>bw::RecoveryStore</name>
    <message>
        <source>Cannot write a recovery copy: the folder “%1” cannot be created.</source>
        <translation>Kan geen herstelkopie wegschrijven: de map “%1” kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: another running studio uses the session “%1”.</source>
        <translation>Kan geen herstelkopie wegschrijven: een ander actief exemplaar van de studio gebruikt de sessie “%1”.</translation>
    </message>
    <message>
        <source>Cannot write a recovery copy: %1</source>
        <translation>Kan geen herstelkopie wegschrijven: %1</translation>
    </message>
</context>
<context>
    <name>bw::Recurrence</name>
    <message>
        <source>every week</source>
        <translation>elke week</translation>
    </message>
    <message>
        <source>every %1 weeks</source>
        <translation>om de %1 weken</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>elke dag</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>om de %1 dagen</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, één keer</translation>
    </message>
    <message>
        <source>%1, %2 times</source>
        <translation>%1, %2 keer</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
</context>
<context>
    <name>bw::RemoveActivity</name>
    <message>
        <source>Delete activity %1</source>
        <translation>Activiteit %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>bw::RemoveObjective</name>
    <message>
        <source>Delete objective %1</source>
        <translation>Leerdoel %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>bw::RemoveTool</name>
    <message>
        <source>Delete tool %1</source>
        <translation>Tool %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>bw::ReplaceTool</name>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 vervangen door %2</translation>
    </message>
</context>
<context>
    <name>bw::SchemaCheck</name>
    <message>
        <source>its format %1 cannot be checked (%2).</source>
        <translation>het formaat %1 ervan kan niet worden gecontroleerd (%2).</translation>
    </message>
    <message>
        <source>its table definitions cannot be read (%1).</source>
        <translation>de tabeldefinities ervan kunnen niet worden gelezen (%1).</translation>
    </message>
    <message>
        <source>it contains %1 “%2”, which no Blendwise project has.</source>
        <translation>het bevat %1 “%2”, die in geen enkel Blendwise-project voorkomt.</translation>
    </message>
    <message>
        <source>its index “%1” belongs to another table than in a Blendwise project.</source>
        <translation>de index “%1” ervan hoort bij een andere tabel dan in een Blendwise-project.</translation>
    </message>
    <message>
        <source>its table “%1” is not a plain table.</source>
        <translation>de tabel “%1” ervan is geen gewone tabel.</translation>
    </message>
    <message>
        <source>%1 “%2” of its format is missing.</source>
        <translation>%1 “%2” van het formaat ontbreekt.</translation>
    </message>
    <message>
        <source>the columns of its table “%1” differ from a Blendwise project’s.</source>
        <translation>de kolommen van de tabel “%1” wijken af van die van een Blendwise-project.</translation>
    </message>
    <message>
        <source>the references of its table “%1” differ from a Blendwise project’s.</source>
        <translation>de verwijzingen van de tabel “%1” wijken af van die van een Blendwise-project.</translation>
    </message>
    <message>
        <source>the indexes of its table “%1” differ from a Blendwise project’s.</source>
        <translation>de indexen van de tabel “%1” wijken af van die van een Blendwise-project.</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>een view</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>een trigger</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>een index</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>een tabel</translation>
    </message>
</context>
<context>
    <name>bw::TooManyTools</name>
    <message>
        <source>Too many different tools</source>
        <translation>Te veel verschillende tools</translation>
    </message>
    <message>
        <source>Each extra tool is another login, another interface and another place to look. The limit is set per project.</source>
        <translation>Elke extra tool betekent een extra login, een extra interface en een extra plek om te kijken. De limiet wordt per project ingesteld.</translation>
    </message>
    <message numerus="yes">
        <source>The plan uses %n different tools, more than the limit of %1 set for this project. Fewer tools mean fewer logins and less to learn.</source>
        <translation>
            <numerusform>Het plan gebruikt %n tool, meer dan de limiet van %1 die voor dit project is ingesteld. Minder tools betekent minder logins en minder om te leren.</numerusform>
            <numerusform>Het plan gebruikt %n verschillende tools, meer dan de limiet van %1 die voor dit project is ingesteld. Minder tools betekent minder logins en minder om te leren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bw::ToolDirectionMismatch</name>
    <message>
        <source>Tool does not fit the direction</source>
        <translation>Tool past niet bij de richting</translation>
    </message>
    <message>
        <source>A tool built to push content out cannot collect learners&apos; answers, and one built for answers cannot host a discussion: the tool has to carry the activity&apos;s direction.</source>
        <translation>Een tool die gemaakt is om inhoud te verspreiden, kan geen antwoorden van deelnemers verzamelen, en een tool voor antwoorden is niet geschikt voor een discussie: de tool moet passen bij de richting van de activiteit.</translation>
    </message>
    <message>
        <source>%1 cannot carry %2 activities, but %3 uses it that way.</source>
        <translation>%1 is niet geschikt voor activiteiten met de richting %2, maar %3 gebruikt het wel zo.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Overstappen op %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolNeedsAccount</name>
    <message>
        <source>Tool needs a new account</source>
        <translation>Tool vereist een nieuw account</translation>
    </message>
    <message>
        <source>Every new profile to create is a reason not to start. A one-click tool, or one the client already provides, gets learners going at once.</source>
        <translation>Elk nieuw profiel dat deelnemers moeten aanmaken, is een reden om niet te beginnen. Een tool die met één klik werkt, of een tool die de opdrachtgever al aanbiedt, zet deelnemers direct aan het werk.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while the client already provides %2.</source>
        <translation>%1 verplicht elke deelnemer een persoonlijk account aan te maken, terwijl de opdrachtgever %2 al aanbiedt.</translation>
    </message>
    <message>
        <source>%1 makes every learner create a personal account, while %2 needs none.</source>
        <translation>%1 verplicht elke deelnemer een persoonlijk account aan te maken, terwijl %2 er geen nodig heeft.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Overstappen op %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolOftenBlocked</name>
    <message>
        <source>Tool often blocked at work</source>
        <translation>Tool vaak geblokkeerd op het werk</translation>
    </message>
    <message>
        <source>Many company firewalls block public video, social and file-sharing sites. Learners who cannot reach a tool from their desk simply drop out of the activity.</source>
        <translation>Veel bedrijfsfirewalls blokkeren openbare video-, social-media- en filesharingsites. Deelnemers die een tool niet vanaf hun werkplek kunnen bereiken, haken gewoon af.</translation>
    </message>
    <message>
        <source>%1 is often blocked on corporate networks, so learners may not reach it from work.</source>
        <translation>%1 wordt vaak geblokkeerd op bedrijfsnetwerken, waardoor deelnemers het op het werk mogelijk niet kunnen bereiken.</translation>
    </message>
    <message>
        <source>%1 does the same job without that risk.</source>
        <translation>%1 doet hetzelfde zonder dat risico.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Overstappen op %1</translation>
    </message>
</context>
<context>
    <name>bw::ToolRanking</name>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Retired — use %1</source>
        <translation>Uitgefaseerd – gebruik %1</translation>
    </message>
    <message>
        <source>Needs a personal account</source>
        <translation>Vereist een persoonlijk account</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks</source>
        <translation>Vaak geblokkeerd op bedrijfsnetwerken</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Ondersteunt %1</translation>
    </message>
    <message>
        <source>Does not support %1</source>
        <translation>Ondersteunt %1 niet</translation>
    </message>
    <message>
        <source>Suits this activity: %1</source>
        <translation>Past bij deze activiteit: %1</translation>
    </message>
    <message>
        <source>Provided by the client</source>
        <translation>Aangeboden door de opdrachtgever</translation>
    </message>
    <message>
        <source>No new account needed</source>
        <translation>Geen nieuw account nodig</translation>
    </message>
    <message>
        <source>Already used in this plan</source>
        <translation>Al gebruikt in dit plan</translation>
    </message>
    <message>
        <source>Reference reading, not made for training or demos</source>
        <translation>Naslagbron, niet gemaakt voor trainingen of demo&apos;s</translation>
    </message>
</context>
<context>
    <name>bw::ToolRetired</name>
    <message>
        <source>Tool has been retired</source>
        <translation>Tool is uitgefaseerd</translation>
    </message>
    <message>
        <source>A retired tool (Skype, Yammer …) may stop working before the course ends, and learners will not find it under its old name. Its replacement carries the same activities.</source>
        <translation>Een uitgefaseerde tool (Skype, Yammer …) werkt misschien al niet meer voordat de cursus is afgelopen, en deelnemers vinden hem niet terug onder zijn oude naam. De opvolger ondersteunt dezelfde activiteiten.</translation>
    </message>
    <message>
        <source>%1 has been retired; choose another tool for the activities that use it.</source>
        <translation>%1 is uitgefaseerd; kies een andere tool voor de activiteiten die het gebruiken.</translation>
    </message>
    <message>
        <source>%1 has been retired; %2 replaces it.</source>
        <translation>%1 is uitgefaseerd; %2 is de opvolger.</translation>
    </message>
    <message>
        <source>Replace with %1 everywhere</source>
        <translation>Overal vervangen door %1</translation>
    </message>
    <message>
        <source>Replace %1 with %2</source>
        <translation>%1 vervangen door %2</translation>
    </message>
</context>
<context>
    <name>bw::VersionSnapshot</name>
    <message>
        <source>Cannot mark the version: no temporary folder to write it in.</source>
        <translation>Kan de versie niet vastleggen: er is geen tijdelijke map om haar in weg te schrijven.</translation>
    </message>
    <message>
        <source>Cannot mark the version: %1</source>
        <translation>Kan de versie niet vastleggen: %1</translation>
    </message>
    <message>
        <source>The version “%1” is damaged and cannot be opened.</source>
        <translation>De versie “%1” is beschadigd en kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: no temporary folder.</source>
        <translation>Kan de versie “%1” niet openen: er is geen tijdelijke map.</translation>
    </message>
    <message>
        <source>Cannot open the version “%1”: %2</source>
        <translation>Kan de versie “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>The version “%1” cannot be opened: %2</source>
        <translation>De versie “%1” kan niet worden geopend: %2</translation>
    </message>
</context>
<context>
    <name>bw::XlsxExporter</name>
    <message>
        <source>Excel workbook (XLSX: activities, blend, schedule)</source>
        <translation>Excel-werkmap (XLSX: activiteiten, blend, planning)</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) cannot be loaded: %1.</source>
        <translation>De spreadsheetbibliotheek (libxlsxwriter) kan niet worden geladen: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library (libxlsxwriter) lacks the function %1.</source>
        <translation>De spreadsheetbibliotheek (libxlsxwriter) mist de functie %1.</translation>
    </message>
    <message>
        <source>Could not make a temporary folder for the workbook: %1.</source>
        <translation>Kan geen tijdelijke map voor de werkmap aanmaken: %1.</translation>
    </message>
    <message>
        <source>Could not start the workbook.</source>
        <translation>Kan de werkmap niet aanmaken.</translation>
    </message>
    <message>
        <source>Could not add a sheet to the workbook.</source>
        <translation>Kan geen werkblad aan de werkmap toevoegen.</translation>
    </message>
    <message>
        <source>Could not finish the workbook: %1.</source>
        <translation>Kan de werkmap niet afronden: %1.</translation>
    </message>
    <message>
        <source>Could not read the finished workbook back: %1.</source>
        <translation>Kan de voltooide werkmap niet teruglezen: %1.</translation>
    </message>
    <message>
        <source>The spreadsheet library wrote an empty workbook.</source>
        <translation>De spreadsheetbibliotheek heeft een lege werkmap weggeschreven.</translation>
    </message>
</context>
<context>
    <name>bw::cli</name>
    <message>
        <source> (%1 characters in all)</source>
        <translation> (%1 tekens in totaal)</translation>
    </message>
    <message>
        <source>%1: a symbolic link that leads back to itself (a link loop)</source>
        <translation>%1: een symbolische koppeling die naar zichzelf terugverwijst (een koppelingslus)</translation>
    </message>
    <message>
        <source>%1: a symbolic link to a file that does not exist</source>
        <translation>%1: een symbolische koppeling naar een bestand dat niet bestaat</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <source>%1: a folder, not a file</source>
        <translation>%1: een map, geen bestand</translation>
    </message>
    <message>
        <source>%1: a named pipe (FIFO), not a file</source>
        <translation>%1: een named pipe (FIFO), geen bestand</translation>
    </message>
    <message>
        <source>%1: a device or special file, not a file</source>
        <translation>%1: een apparaatbestand of speciaal bestand, geen gewoon bestand</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Kan niet naar de standaarduitvoer schrijven: %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet wegschrijven: %2.</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>gebruik: %1</translation>
    </message>
    <message>
        <source>Try &apos;blendwise --help&apos; for more information.</source>
        <translation>Typ &apos;blendwise --help&apos; voor meer informatie.</translation>
    </message>
    <message>
        <source>missing argument</source>
        <translation>argument ontbreekt</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>onverwacht argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it</source>
        <translation>%1 bestaat al; gebruik --force om het te vervangen</translation>
    </message>
    <message>
        <source>blendwise new FILE [--template NAME] [--force]</source>
        <translation>blendwise new FILE [--template NAME] [--force]</translation>
    </message>
    <message>
        <source>unknown template &quot;%1&quot; (available: %2)</source>
        <translation>onbekend sjabloon &quot;%1&quot; (beschikbaar: %2)</translation>
    </message>
    <message>
        <source>Created %1 (objectives: %2, activities: %3).</source>
        <translation>%1 aangemaakt (leerdoelen: %2, activiteiten: %3).</translation>
    </message>
    <message>
        <source>%1 is the input; choose another output file</source>
        <translation>%1 is de invoer; kies een ander uitvoerbestand</translation>
    </message>
    <message>
        <source>Importing… reading %1</source>
        <translation>Importeren… %1 lezen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: waarschuwing: %2</translation>
    </message>
    <message>
        <source>Importing… writing %1 (activities: %2)</source>
        <translation>Importeren… %1 wegschrijven (activiteiten: %2)</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 geïmporteerd in %2.</translation>
    </message>
    <message>
        <source>missing --format (one of %1)</source>
        <translation>--format ontbreekt (een van %1)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected one of %2)</source>
        <translation>onbekend formaat &quot;%1&quot; (verwacht: een van %2)</translation>
    </message>
    <message>
        <source>unknown paper size &quot;%1&quot; (expected a4 or letter)</source>
        <translation>onbekend papierformaat &quot;%1&quot; (verwacht: a4 of letter)</translation>
    </message>
    <message>
        <source>%1 is the input; export never writes over it, choose another output with -o</source>
        <translation>%1 is de invoer; export overschrijft die nooit, kies met -o een andere uitvoer</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 pages</source>
        <translation>Exporteren… %1/%2 pagina&apos;s</translation>
    </message>
    <message>
        <source>Exporting… %1/%2 rows</source>
        <translation>Exporteren… %1/%2 rijen</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 weggeschreven.</translation>
    </message>
    <message>
        <source>blendwise check FILE [--json]</source>
        <translation>blendwise check FILE [--json]</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>oplossing: %1</translation>
    </message>
    <message>
        <source>%1: errors: %2, warnings: %3, suggestions: %4</source>
        <translation>%1: fouten: %2, waarschuwingen: %3, suggesties: %4</translation>
    </message>
    <message>
        <source>blendwise templates</source>
        <translation>blendwise templates</translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation>er is geen vrije ruimte meer op de schijf</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 accepteert geen argumenten</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>onbekende optie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>onbekende opdracht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (the file has no versions)</source>
        <translation>%1: geen versie &quot;%2&quot; (het bestand heeft geen versies)</translation>
    </message>
    <message>
        <source>%1: no version &quot;%2&quot; (it has: %3)</source>
        <translation>%1: geen versie &quot;%2&quot; (beschikbaar: %3)</translation>
    </message>
    <message>
        <source>blendwise diff A B [--json]</source>
        <translation>blendwise diff A B [--json]</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Geen verschillen.</translation>
    </message>
    <message>
        <source>blendwise versions FILE</source>
        <translation>blendwise versions FILE</translation>
    </message>
    <message>
        <source>%1 has no versions yet; mark one with &apos;blendwise mark&apos;.</source>
        <translation>%1 heeft nog geen versies; leg er een vast met &apos;blendwise mark&apos;.</translation>
    </message>
    <message>
        <source>blendwise mark FILE --name NAME [--note TEXT]</source>
        <translation>blendwise mark FILE --name NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name is verplicht</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); mark the version there.</source>
        <translation>%1 is geopend in Blendwise (vergrendeld door %2); leg de versie daar vast.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>een ander programma</translation>
    </message>
    <message>
        <source>Marked version &quot;%1&quot; in %2.</source>
        <translation>Versie &quot;%1&quot; vastgelegd in %2.</translation>
    </message>
    <message>
        <source>blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</source>
        <translation>blendwise export FILE --format F [-o OUT] [--paper a4|letter] [--client] [--bom] [--changes-since VERSION] [--tracked-changes VERSION]</translation>
    </message>
    <message>
        <source>--tracked-changes needs --format docx (Word revisions)</source>
        <translation>--tracked-changes vereist --format docx (bijgehouden wijzigingen in Word)</translation>
    </message>
    <message>
        <source>blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]</source>
        <translation>blendwise import INPUT [-o FILE] [--from FORMAT] [--map FIELD=COLUMN,...] [--force]</translation>
    </message>
    <message>
        <source>--map expects FIELD=COLUMN pairs separated by commas</source>
        <translation>--map verwacht paren FIELD=COLUMN, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>%1: larger than %2 MB, the limit for an import</source>
        <translation>%1: groter dan %2 MB, de limiet voor een import</translation>
    </message>
    <message>
        <source>cannot tell the format of %1; use --from (one of %2)</source>
        <translation>kan het formaat van %1 niet bepalen; gebruik --from (een van %2)</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 objectives and %2 activities; %3 values guessed, %4 rows skipped.</source>
        <translation>%1 leerdoelen en %2 activiteiten geïmporteerd; %3 waarden afgeleid, %4 rijen overgeslagen.</translation>
    </message>
    <message>
        <source>Usage:
  blendwise [FILE]                                   open the studio
  blendwise new FILE [--template NAME] [--force]     create a project file
  blendwise import INPUT [-o FILE] [--from FORMAT]   a plan from elsewhere -&gt; project file
                   [--map FIELD=COLUMN,...] [--force]  (FORMAT: %2)
  blendwise export FILE --format F [-o OUT]          F: %1
                   [--paper a4|letter] [--client] [--bom]
                   [--changes-since VERSION] [--tracked-changes VERSION]
  blendwise check FILE [--json]                      run the design advisor
  blendwise diff A B [--json]                        what changed from project A to B
  blendwise versions FILE                            list the named versions in FILE
  blendwise mark FILE --name NAME [--note TEXT]      keep the plan as it is as a named version
  blendwise update FILE CSV [--remove-missing]       apply a spreadsheet&apos;s changes to FILE
                   [--dry-run]                       (the CSV that &apos;export --format csv&apos; wrote)
  blendwise templates                                list built-in templates
  blendwise library init|status [CONNECTION]         create/migrate the team library; show it
  blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]
  blendwise library publish FILE [--template NAME] [--tools] [--patterns]
  blendwise library publish --retire TOOL [--replacement TOOL]
  blendwise library pull --template NAME -o FILE [--force] | pull FILE
    CONNECTION: [--service NAME] [--host H] [--port P] [--dbname DB] [--user U]
                [--sslmode MODE] [--schema S]; PG* variables and ~/.pgpass work too
  blendwise --help | --version

export writes OUT next to FILE (FILE&apos;s name, the format&apos;s extension) unless -o is given;
-o - writes to standard output.
FILE@VERSION (export, diff) reads a named version of FILE, by name or number: plan.blendwise@1.0.
--client leaves the design review out, --bom adds a byte-order mark to CSV for Excel.
--changes-since VERSION adds a &quot;Changes since VERSION&quot; section (a named version of FILE);
--tracked-changes VERSION (docx only) marks what changed since VERSION as Word revisions,
to accept or reject one by one in Word or LibreOffice.
update prints the changes; --dry-run leaves FILE as it is, --remove-missing deletes the
activities the CSV has no row for (they are only reported without it).
export, check and diff never write to FILE; mark adds a version to it; new and import never
replace a file without --force.

Exit codes: 0 success, 1 usage error, 2 the input cannot be read,
3 check found errors, 4 the output could not be written, 5 diff found differences,
6 library conflict (a colleague changed the item: pull, then publish again),
7 the library server cannot be reached.</source>
        <translation>Gebruik:
  blendwise [FILE]                                   de studio openen
  blendwise new FILE [--template NAME] [--force]     een projectbestand aanmaken
  blendwise import INPUT [-o FILE] [--from FORMAT]   een plan van elders -&gt; projectbestand
                   [--map FIELD=COLUMN,...] [--force]  (FORMAT: %2)
  blendwise export FILE --format F [-o OUT]          F: %1
                   [--paper a4|letter] [--client] [--bom]
                   [--changes-since VERSION] [--tracked-changes VERSION]
  blendwise check FILE [--json]                      de ontwerpadviseur uitvoeren
  blendwise diff A B [--json]                        wat er van project A naar B is gewijzigd
  blendwise versions FILE                            de benoemde versies in FILE opsommen
  blendwise mark FILE --name NAME [--note TEXT]      het plan zoals het is bewaren als benoemde versie
  blendwise update FILE CSV [--remove-missing]       de wijzigingen uit een spreadsheet in FILE doorvoeren
                   [--dry-run]                       (de CSV die &apos;export --format csv&apos; schreef)
  blendwise templates                                ingebouwde sjablonen opsommen
  blendwise library init|status [CONNECTION]         de teambibliotheek aanmaken/migreren; tonen
  blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]
  blendwise library publish FILE [--template NAME] [--tools] [--patterns]
  blendwise library publish --retire TOOL [--replacement TOOL]
  blendwise library pull --template NAME -o FILE [--force] | pull FILE
    CONNECTION: [--service NAME] [--host H] [--port P] [--dbname DB] [--user U]
                [--sslmode MODE] [--schema S]; PG*-variabelen en ~/.pgpass werken ook
  blendwise --help | --version

export schrijft OUT naast FILE (de naam van FILE, de extensie van het formaat), tenzij -o is opgegeven;
-o - schrijft naar standaarduitvoer.
FILE@VERSION (export, diff) leest een benoemde versie van FILE, op naam of nummer: plan.blendwise@1.0.
--client laat de ontwerpbeoordeling weg, --bom voegt voor Excel een byte-order mark aan de CSV toe.
--changes-since VERSION voegt een onderdeel &quot;Wijzigingen sinds VERSION&quot; toe (een benoemde versie van FILE);
--tracked-changes VERSION (alleen docx) markeert wat sinds VERSION is gewijzigd als Word-revisies,
om één voor één te accepteren of te weigeren in Word of LibreOffice.
update toont de wijzigingen; --dry-run laat FILE ongewijzigd, --remove-missing verwijdert de
activiteiten waarvoor de CSV geen rij heeft (zonder deze optie worden ze alleen gemeld).
export, check en diff schrijven nooit naar FILE; mark voegt er een versie aan toe; new en import
vervangen nooit een bestand zonder --force.

Afsluitcodes: 0 gelukt, 1 gebruiksfout, 2 de invoer kan niet worden gelezen,
3 check heeft fouten gevonden, 4 de uitvoer kon niet worden geschreven, 5 diff heeft verschillen gevonden,
6 bibliotheekconflict (een collega heeft het item gewijzigd: haal het op en publiceer opnieuw),
7 de bibliotheekserver is niet bereikbaar.</translation>
    </message>
    <message>
        <source>blendwise update FILE CSV [--remove-missing] [--dry-run]</source>
        <translation>blendwise update FILE CSV [--remove-missing] [--dry-run]</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); update it there (File ▸ Update from CSV…).</source>
        <translation>%1 is geopend in Blendwise (vergrendeld door %2); werk het daar bij (Bestand ▸ Bijwerken vanuit CSV…).</translation>
    </message>
    <message>
        <source>No changes: %1 already says what %2 says.</source>
        <translation>Geen wijzigingen: %1 bevat al wat %2 bevat.</translation>
    </message>
    <message>
        <source>1 change; --dry-run: %1 is left as it is.</source>
        <translation>1 wijziging; --dry-run: %1 blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>%1 changes; --dry-run: %2 is left as it is.</source>
        <translation>%1 wijzigingen; --dry-run: %2 blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (1 change).</source>
        <translation>%1 bijgewerkt vanuit %2 (1 wijziging).</translation>
    </message>
    <message>
        <source>Updated %1 from %2 (%3 changes).</source>
        <translation>%1 bijgewerkt vanuit %2 (%3 wijzigingen).</translation>
    </message>
    <message>
        <source>blendwise library init|status|publish|pull|list [CONNECTION] ...</source>
        <translation>blendwise library init|status|publish|pull|list [CONNECTION] ...</translation>
    </message>
    <message>
        <source>missing library command</source>
        <translation>bibliotheekopdracht ontbreekt</translation>
    </message>
    <message>
        <source>--port needs a number</source>
        <translation>--port vereist een getal</translation>
    </message>
    <message>
        <source>blendwise library init [CONNECTION]</source>
        <translation>blendwise library init [CONNECTION]</translation>
    </message>
    <message>
        <source>The library at %1 is up to date (schema version %2).</source>
        <translation>De bibliotheek op %1 is actueel (schemaversie %2).</translation>
    </message>
    <message>
        <source>The library at %1 is at schema version %2 (was %3).</source>
        <translation>De bibliotheek op %1 heeft nu schemaversie %2 (was %3).</translation>
    </message>
    <message>
        <source>blendwise library status [CONNECTION]</source>
        <translation>blendwise library status [CONNECTION]</translation>
    </message>
    <message>
        <source>server: %1 (PostgreSQL %2)</source>
        <translation>server: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <source>schema: %1 version %2 (this Blendwise: %3)</source>
        <translation>schema: %1 versie %2 (deze Blendwise: %3)</translation>
    </message>
    <message>
        <source>items: %1 tools, %2 clients, %3 templates, %4 patterns</source>
        <translation>items: %1 tools, %2 opdrachtgevers, %3 sjablonen, %4 patronen</translation>
    </message>
    <message>
        <source>your roles: %1</source>
        <translation>uw rollen: %1</translation>
    </message>
    <message>
        <source>none (ask an administrator for blendwise_member)</source>
        <translation>geen (vraag een beheerder om blendwise_member)</translation>
    </message>
    <message>
        <source>blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]</source>
        <translation>blendwise library list tools|templates|patterns|clients [--search TEXT] [--json]</translation>
    </message>
    <message>
        <source>missing what to list</source>
        <translation>ontbreekt wat er moet worden opgesomd</translation>
    </message>
    <message>
        <source>cannot list &quot;%1&quot;</source>
        <translation>kan &quot;%1&quot; niet opsommen</translation>
    </message>
    <message>
        <source>blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]
       blendwise library publish --retire TOOL [--replacement TOOL]</source>
        <translation>blendwise library publish FILE [--template NAME [--description TEXT]] [--tools] [--patterns]
       blendwise library publish --retire TOOL [--replacement TOOL]</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library.</source>
        <translation>&quot;%1&quot; uitgefaseerd in de bibliotheek.</translation>
    </message>
    <message>
        <source>Retired &quot;%1&quot; in the library; replaced by &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; uitgefaseerd in de bibliotheek; vervangen door &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>say what to publish: --template NAME, --tools, --patterns</source>
        <translation>geef aan wat u wilt publiceren: --template NAME, --tools, --patterns</translation>
    </message>
    <message numerus="yes">
        <source>Published %n tool(s).</source>
        <translation>
            <numerusform>%n tool gepubliceerd.</numerusform>
            <numerusform>%n tools gepubliceerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n pattern(s).</source>
        <translation>
            <numerusform>%n patroon gepubliceerd.</numerusform>
            <numerusform>%n patronen gepubliceerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published template &quot;%1&quot; (version %2).</source>
        <translation>Sjabloon &quot;%1&quot; gepubliceerd (versie %2).</translation>
    </message>
    <message>
        <source>blendwise library pull --template NAME -o FILE [--force]
       blendwise library pull FILE      (updates FILE&apos;s tools from the library)</source>
        <translation>blendwise library pull --template NAME -o FILE [--force]
       blendwise library pull FILE      (werkt de tools van FILE bij vanuit de bibliotheek)</translation>
    </message>
    <message>
        <source>--template needs -o FILE</source>
        <translation>--template vereist -o FILE</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 bestaat al; gebruik --force om het te vervangen.</translation>
    </message>
    <message>
        <source>the library has no template named &quot;%1&quot;</source>
        <translation>de bibliotheek heeft geen sjabloon met de naam &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Wrote %1 from template &quot;%2&quot;.</source>
        <translation>%1 weggeschreven vanuit sjabloon &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 is open in Blendwise (locked by %2); pull the library there.</source>
        <translation>%1 is geopend in Blendwise (vergrendeld door %2); haal de bibliotheek daar op.</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n tool(s) of %1 from the library.</source>
        <translation>
            <numerusform>%n tool van %1 bijgewerkt vanuit de bibliotheek.</numerusform>
            <numerusform>%n tools van %1 bijgewerkt vanuit de bibliotheek.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown library command &quot;%1&quot;</source>
        <translation>onbekende bibliotheekopdracht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanBuilder</name>
    <message>
        <source>Whole programme</source>
        <translation>Hele programma</translation>
    </message>
    <message>
        <source>Objective %1</source>
        <translation>Leerdoel %1</translation>
    </message>
    <message>
        <source>Learners need to create a personal account.</source>
        <translation>Deelnemers moeten een persoonlijk account aanmaken.</translation>
    </message>
    <message>
        <source>No new account needed.</source>
        <translation>Geen nieuw account nodig.</translation>
    </message>
    <message>
        <source>Already provided by the client&apos;s IT.</source>
        <translation>Wordt al aangeboden door de IT-afdeling van de opdrachtgever.</translation>
    </message>
    <message>
        <source>Often blocked on corporate networks: check access with IT before launch.</source>
        <translation>Vaak geblokkeerd op bedrijfsnetwerken: controleer vóór de start de toegang met de IT-afdeling.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Kosten: %1</translation>
    </message>
    <message>
        <source>Retired by its vendor.</source>
        <translation>Door de leverancier uitgefaseerd.</translation>
    </message>
    <message>
        <source>Retired by its vendor; replaced by %1.</source>
        <translation>Door de leverancier uitgefaseerd; opgevolgd door %1.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>Learning time</source>
        <translation>Leertijd</translation>
    </message>
    <message>
        <source>date to be set</source>
        <translation>datum nog te bepalen</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Where learning time goes: minutes per phase, split by who talks to whom. Class time is best spent on exchange and practice; content delivery belongs before class.</source>
        <translation>Waar de leertijd naartoe gaat: minuten per fase, verdeeld naar wie met wie communiceert. Contacttijd wordt het best besteed aan uitwisseling en oefening; kennisoverdracht hoort vooraf.</translation>
    </message>
    <message>
        <source>Minutes per phase and direction</source>
        <translation>Minuten per fase en richting</translation>
    </message>
    <message>
        <source>Per objective</source>
        <translation>Per leerdoel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Each objective&apos;s activities by phase, in learning order, with their direction.</source>
        <translation>De activiteiten van elk leerdoel per fase, in leervolgorde, met hun richting.</translation>
    </message>
    <message>
        <source>Success measure</source>
        <translation>Succescriterium</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>No activities planned yet.</source>
        <translation>Nog geen activiteiten gepland.</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Grouping · led by</source>
        <translation>Werkvorm · begeleid door</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>grouping · led by</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>to be set</source>
        <translation>nog te bepalen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Tool or place</source>
        <translation>Tool of locatie</translation>
    </message>
    <message>
        <source>Pre- or post-class activities not dated yet: %1. Link them to an in-class moment to place them on the timeline.</source>
        <translation>Nog niet ingeplande activiteiten vooraf of achteraf: %1. Koppel ze aan een bijeenkomst om ze op de tijdlijn te plaatsen.</translation>
    </message>
    <message>
        <source>Every tool this plan uses, what learners gain from it and what to prepare before launch.</source>
        <translation>Alle tools die dit plan gebruikt, wat ze deelnemers opleveren en wat er vóór de start moet worden voorbereid.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtingen</translation>
    </message>
    <message>
        <source>(%1 more in the learning sequences)</source>
        <translation>(nog %1 in de leerroutes)</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Meerwaarde voor deelnemers</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Checklist voor inrichting</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Rules of use</source>
        <translation>Spelregels</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <source>Sub-group</source>
        <translation>Subgroep</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Assessed activities</source>
        <translation>Getoetste activiteiten</translation>
    </message>
    <message>
        <source>No measure defined yet.</source>
        <translation>Nog geen criterium vastgelegd.</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Nog geen</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Het plan</translation>
    </message>
    <message>
        <source>Activity %1 %2</source>
        <translation>Activiteit %1 %2</translation>
    </message>
    <message>
        <source>Tool %1</source>
        <translation>Tool %1</translation>
    </message>
    <message>
        <source>The design advisor found nothing to improve in this plan.</source>
        <translation>De ontwerpadviseur heeft in dit plan niets gevonden wat beter kan.</translation>
    </message>
    <message>
        <source>The design advisor checked the plan against the method.</source>
        <translation>De ontwerpadviseur heeft het plan getoetst aan de methode.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggesties</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>activity numbers: learner benefit</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1–%2 min</source>
        <comment>minutes from the start of the moment</comment>
        <translation>%1–%2 min</translation>
    </message>
    <message>
        <source>Minutes, with the number of activities in brackets. A range such as 10–15 minutes counts as its midpoint in whole minutes (13); a recurring activity counts every time it happens.</source>
        <translation>Minuten, met het aantal activiteiten tussen haakjes. Een bereik zoals 10–15 minuten telt als het midden in hele minuten (13); een terugkerende activiteit telt elke keer mee dat ze plaatsvindt.</translation>
    </message>
    <message>
        <source>By phase</source>
        <translation>Per fase</translation>
    </message>
    <message>
        <source>By direction</source>
        <translation>Per richting</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Toetsinstrument</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <comment>title (occurrence of occurrences)</comment>
        <translation>%1 (%2 van %3)</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes more than the moment lasts.</source>
        <translation>%1 van %2 minuten gepland: %3 minuten meer dan de bijeenkomst duurt.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned: %3 minutes not planned yet.</source>
        <translation>%1 van %2 minuten gepland: %3 minuten nog niet ingepland.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned.</source>
        <translation>%1 van %2 minuten gepland.</translation>
    </message>
    <message>
        <source>Activities without a duration take no time until they are estimated.</source>
        <translation>Activiteiten zonder duur nemen geen tijd in beslag totdat ze zijn geschat.</translation>
    </message>
    <message>
        <source>No in-class activities planned yet.</source>
        <translation>Nog geen activiteiten tijdens de bijeenkomst gepland.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Instrument: %1</source>
        <translation>Instrument: %1</translation>
    </message>
    <message>
        <source>Attached file: %1</source>
        <translation>Bijgevoegd bestand: %1</translation>
    </message>
    <message>
        <source>The files attached to the objectives&apos; assessment instruments, delivered with this plan.</source>
        <translation>De bestanden die bij de toetsinstrumenten van de leerdoelen horen en met dit plan worden meegeleverd.</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation>Grootte (kB)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>the previous version</source>
        <translation>de vorige versie</translation>
    </message>
    <message>
        <source>Nothing has changed since %1.</source>
        <translation>Er is niets gewijzigd sinds %1.</translation>
    </message>
    <message>
        <source>What changed since %1, item by item.</source>
        <translation>Wat er sinds %1 is gewijzigd, per onderdeel.</translation>
    </message>
    <message>
        <source>The plan as a whole</source>
        <translation>Het plan als geheel</translation>
    </message>
    <message>
        <source>Removed objective: %1</source>
        <translation>Verwijderd leerdoel: %1</translation>
    </message>
</context>
<context>
    <name>bw::plan::PlanText</name>
    <message>
        <source>Cover</source>
        <translation>Voorblad</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>The blend at a glance</source>
        <translation>De blend in één oogopslag</translation>
    </message>
    <message>
        <source>Flow overview</source>
        <translation>Overzicht van het verloop</translation>
    </message>
    <message>
        <source>Learning sequences</source>
        <translation>Leerroutes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Evaluatieplan</translation>
    </message>
    <message>
        <source>Design review</source>
        <translation>Ontwerpbeoordeling</translation>
    </message>
    <message>
        <source>Blended-learning plan</source>
        <translation>Blended-learningplan</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Opgesteld voor</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Made with Blendwise</source>
        <translation>Gemaakt met Blendwise</translation>
    </message>
    <message>
        <source>Objective no.</source>
        <translation>Nr. leerdoel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Activity no.</source>
        <translation>Nr. activiteit</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Begeleid door</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Meerwaarde voor deelnemers</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Toetsing</translation>
    </message>
    <message>
        <source>In-class moment</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Offset (days)</source>
        <translation>Verschuiving (dagen)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Bijgevoegde documenten</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Geen tool – in de ruimte</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Minutes in all</source>
        <translation>Minuten in totaal</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Versiegeschiedenis</translation>
    </message>
    <message>
        <source>Changes since the previous version</source>
        <translation>Wijzigingen sinds de vorige versie</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>Wijzigingen sinds %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityBoard</name>
    <message>
        <source>Activity board</source>
        <translation>Activiteitenbord</translation>
    </message>
    <message>
        <source>Direction legend</source>
        <translation>Legenda van de richtingen</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners</source>
        <translation>Inhoud gaat van de trainer naar de deelnemers</translation>
    </message>
    <message>
        <source>Learners report back to the trainer</source>
        <translation>Deelnemers koppelen terug naar de trainer</translation>
    </message>
    <message>
        <source>Learners share with each other</source>
        <translation>Deelnemers delen met elkaar</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Niet ingedeeld</translation>
    </message>
    <message>
        <source>%1 lane</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <source>No %1 activities.
Press Ins to add one, or drop a card here.</source>
        <translation>Nog geen activiteiten in de fase “%1”.
Druk op Ins om er een toe te voegen, of sleep hier een kaart naartoe.</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activiteit</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation>%1 · %2 min</translation>
    </message>
    <message>
        <source>Start with an objective: press Ctrl+Shift+N</source>
        <translation>Begin met een leerdoel: druk op Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Select an objective</source>
        <translation>Selecteer een leerdoel</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Leerdoel %1: %2</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityCardDelegate</name>
    <message>
        <source>No tool yet</source>
        <translation>Nog geen tool</translation>
    </message>
    <message>
        <source>Activity title</source>
        <translation>Titel van de activiteit</translation>
    </message>
    <message>
        <source>What do learners do?</source>
        <translation>Wat doen de deelnemers?</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityInspector</name>
    <message>
        <source>What learners do, e.g. “Share a risk you met”</source>
        <translation>Wat deelnemers doen, bijv. “Een zelf ervaren risico delen”</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>A short name for the activity, shown on the board and in the plan.</source>
        <translation>Een korte naam voor de activiteit, zichtbaar op het bord en in het plan.</translation>
    </message>
    <message>
        <source>Step-by-step instructions for learners</source>
        <translation>Stapsgewijze instructie voor deelnemers</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>&amp;Instructie:</translation>
    </message>
    <message>
        <source>What learners are asked to do, printed in the plan.</source>
        <translation>Wat deelnemers wordt gevraagd te doen; wordt in het plan afgedrukt.</translation>
    </message>
    <message>
        <source>Before learners meet: preparation that needs no trainer in the room</source>
        <translation>Voordat deelnemers samenkomen: voorbereiding waarvoor geen trainer in de ruimte nodig is</translation>
    </message>
    <message>
        <source>While learners are together: coaching, feedback and practice</source>
        <translation>Terwijl deelnemers samen zijn: coaching, feedback en oefening</translation>
    </message>
    <message>
        <source>After the class: follow-up, application and reflection</source>
        <translation>Na de bijeenkomst: nazorg, toepassing en reflectie</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>When the activity happens. Arrow keys move between the choices.</source>
        <translation>Wanneer de activiteit plaatsvindt. Met de pijltoetsen kiest u tussen de opties.</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners (Alt+1)</source>
        <translation>Inhoud gaat van de trainer naar de deelnemers (Alt+1)</translation>
    </message>
    <message>
        <source>Learners report back to the trainer (Alt+2)</source>
        <translation>Deelnemers koppelen terug naar de trainer (Alt+2)</translation>
    </message>
    <message>
        <source>Learners share with each other (Alt+3)</source>
        <translation>Deelnemers delen met elkaar (Alt+3)</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richting:</translation>
    </message>
    <message>
        <source>Who talks to whom. Alt+1, Alt+2 and Alt+3 choose while the inspector has the focus.</source>
        <translation>Wie met wie communiceert. Met Alt+1, Alt+2 en Alt+3 kiest u, zolang het paneel Eigenschappen de focus heeft.</translation>
    </message>
    <message>
        <source>T&amp;ool:</source>
        <translation>T&amp;ool:</translation>
    </message>
    <message>
        <source>The tool that carries the activity. Type to search; tools that fit come first.</source>
        <translation>De tool waarmee de activiteit wordt uitgevoerd. Typ om te zoeken; passende tools staan bovenaan.</translation>
    </message>
    <message>
        <source>Minutes, e.g. 30 or 10-15</source>
        <translation>Minuten, bijv. 30 of 10-15</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Minutes learners spend on it: a number (30) or a range (10-15).</source>
        <translation>Minuten die deelnemers eraan besteden: een getal (30) of een bereik (10-15).</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>Werk&amp;vorm:</translation>
    </message>
    <message>
        <source>How learners work: alone, in pairs, in sub-groups or as a whole group.</source>
        <translation>Hoe deelnemers werken: alleen, in tweetallen, in subgroepen of met de hele groep.</translation>
    </message>
    <message>
        <source>&amp;Led by:</source>
        <translation>Be&amp;geleid door:</translation>
    </message>
    <message>
        <source>What learners hand in or produce</source>
        <translation>Wat deelnemers inleveren of maken</translation>
    </message>
    <message>
        <source>Delive&amp;rable:</source>
        <translation>Resu&amp;ltaat:</translation>
    </message>
    <message>
        <source>The tangible result of the activity, if any.</source>
        <translation>Het tastbare resultaat van de activiteit, als dat er is.</translation>
    </message>
    <message>
        <source>Why this tool helps the learner</source>
        <translation>Waarom deze tool de deelnemer helpt</translation>
    </message>
    <message>
        <source>U&amp;se the tool&apos;s suggested benefit</source>
        <translation>Voorgestelde meerwaarde van de tool gebruik&amp;en</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>&amp;Meerwaarde voor deelnemers:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Meerwaarde voor deelnemers</translation>
    </message>
    <message>
        <source>Told to learners so that they see why the tool is worth their time.</source>
        <translation>Wordt aan deelnemers verteld, zodat ze zien waarom de tool hun tijd waard is.</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>Toet&amp;sing:</translation>
    </message>
    <message>
        <source>Whether the activity is assessed, and how.</source>
        <translation>Of en hoe de activiteit wordt getoetst.</translation>
    </message>
    <message>
        <source>In-class &amp;moment:</source>
        <translation>Bijeen&amp;komst:</translation>
    </message>
    <message>
        <source>The class session the activity belongs to or prepares for.</source>
        <translation>De bijeenkomst waar de activiteit bij hoort of op voorbereidt.</translation>
    </message>
    <message>
        <source>Whe&amp;n due:</source>
        <translation>Deadli&amp;ne:</translation>
    </message>
    <message>
        <source>Due, in days before or after the moment</source>
        <translation>Deadline, in dagen vóór of na de bijeenkomst</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only pre-class and post-class activities are due some days before or after their moment.</source>
        <translation>Alleen activiteiten in de fasen Voorafgaand en Achteraf hebben een deadline een aantal dagen vóór of na hun bijeenkomst.</translation>
    </message>
    <message>
        <source>Choose the in-class moment first; the due date counts from it.</source>
        <translation>Kies eerst de bijeenkomst; de deadline wordt vanaf die bijeenkomst geteld.</translation>
    </message>
    <message>
        <source>When the activity is due, counted from its in-class moment.</source>
        <translation>Wanneer de activiteit af moet zijn, geteld vanaf de bijeenkomst.</translation>
    </message>
    <message>
        <source>Replace the text with the benefit suggested for %1: “%2”</source>
        <translation>De tekst vervangen door de meerwaarde die voor %1 wordt voorgesteld: “%2”</translation>
    </message>
    <message>
        <source>Enter minutes as a number (30) or a range (10-15).</source>
        <translation>Voer de minuten in als getal (30) of als bereik (10-15).</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing selected&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Select an objective to write its measure and assessment here, or an activity on the board to set its phase, direction, tool, duration and texts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Niets geselecteerd&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Selecteer een leerdoel om hier het succescriterium en de toetsing vast te leggen, of een activiteit op het bord om de fase, richting, tool, duur en teksten in te stellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who runs the activity: a fixed leader, one of the project&apos;s community roles, or any other role.</source>
        <translation>Wie de activiteit begeleidt: een vaste begeleider, een van de communityrollen van het project of een andere rol.</translation>
    </message>
    <message>
        <source>e.g. Sales director, L&amp;D contact</source>
        <translation>bijv. salesdirecteur, L&amp;D-adviseur</translation>
    </message>
    <message>
        <source>Ot&amp;her role:</source>
        <translation>An&amp;dere rol:</translation>
    </message>
    <message>
        <source>Other role that leads the activity</source>
        <translation>Andere rol die de activiteit begeleidt</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Eenmalig</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Elke N dagen</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Elke N weken</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source>Repeat every N days or weeks</source>
        <translation>Herhalen om de N dagen of weken</translation>
    </message>
    <message>
        <source>How many days or weeks lie between two occurrences.</source>
        <translation>Hoeveel dagen of weken er tussen twee keren zitten.</translation>
    </message>
    <message>
        <source>R&amp;epeats:</source>
        <translation>&amp;Herhaling:</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Whether the activity happens once or repeats, e.g. every week for 8 weeks.</source>
        <translation>Of de activiteit één keer plaatsvindt of terugkeert, bijv. elke week, acht weken lang.</translation>
    </message>
    <message>
        <source>a&amp;fter</source>
        <translation>n&amp;a</translation>
    </message>
    <message>
        <source>Ends after a number of times</source>
        <translation>Eindigt na een aantal keer</translation>
    </message>
    <message>
        <source>Number of times in all</source>
        <translation>Totaal aantal keer</translation>
    </message>
    <message>
        <source>How many times the activity happens in all, the first one included.</source>
        <translation>Hoe vaak de activiteit in totaal plaatsvindt, de eerste keer meegerekend.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Eindigt op een datum</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>The last day the activity can happen.</source>
        <translation>De laatste dag waarop de activiteit kan plaatsvinden.</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Eindigt:</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>The activity ends after a number of times.</source>
        <translation>De activiteit eindigt na een aantal keer.</translation>
    </message>
    <message>
        <source>The activity repeats until a date.</source>
        <translation>De activiteit wordt herhaald tot en met een datum.</translation>
    </message>
    <message>
        <source>Unnamed role</source>
        <translation>Naamloze rol</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>role name (role kind)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A role no longer in the project</source>
        <translation>Een rol die niet meer in het project zit</translation>
    </message>
    <message>
        <source>Other role…</source>
        <translation>Andere rol…</translation>
    </message>
    <message>
        <source>Name any other role below, e.g. a sales director</source>
        <translation>Geef hieronder een andere rol op, bijv. een salesdirecteur</translation>
    </message>
    <message>
        <source> week</source>
        <translation> week</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> time</source>
        <translation> keer</translation>
    </message>
    <message>
        <source> times</source>
        <translation> keer</translation>
    </message>
    <message>
        <source>The role that runs the activity, e.g. sales director or L&amp;D contact.</source>
        <translation>De rol die de activiteit begeleidt, bijv. salesdirecteur of L&amp;D-adviseur.</translation>
    </message>
    <message>
        <source>Choose “Other role…” under Led by to name a role that is not in the list.</source>
        <translation>Kies “Andere rol…” bij Begeleid door om een rol op te geven die niet in de lijst staat.</translation>
    </message>
    <message>
        <source>The activity&apos;s tool suggests no benefit.</source>
        <translation>De tool van deze activiteit stelt geen meerwaarde voor.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ActivityLaneModel</name>
    <message>
        <source>no tool</source>
        <translation>geen tool</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Changed since the version you compare with</source>
        <translation>Gewijzigd sinds de versie waarmee u vergelijkt</translation>
    </message>
    <message>
        <source>in the room, no tool</source>
        <translation>in de ruimte, geen tool</translation>
    </message>
    <message>
        <source>, changed</source>
        <translation>, gewijzigd</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>In de ruimte</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>duration × occurrences</comment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::AgendaModel</name>
    <message>
        <source>Move “%1” in the agenda</source>
        <translation>“%1” verplaatsen in het dagprogramma</translation>
    </message>
    <message>
        <source>Add lunch to the agenda</source>
        <translation>Lunch toevoegen aan het dagprogramma</translation>
    </message>
    <message>
        <source>Add a break to the agenda</source>
        <translation>Pauze toevoegen aan het dagprogramma</translation>
    </message>
    <message>
        <source>Change “%1” in the agenda</source>
        <translation>“%1” wijzigen in het dagprogramma</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda</source>
        <translation>“%1” verwijderen uit het dagprogramma</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Untitled activity</source>
        <translation>Naamloze activiteit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not estimated</source>
        <translation>niet geschat</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Enter or double-click selects the activity; Ctrl+Up and Ctrl+Down move it</source>
        <translation>Enter of dubbelklikken selecteert de activiteit; met Ctrl+Up en Ctrl+Down verplaatst u deze</translation>
    </message>
    <message>
        <source>F2 renames the break; Delete removes it; Ctrl+Up and Ctrl+Down move it</source>
        <translation>F2 wijzigt de naam van de pauze; Delete verwijdert deze; met Ctrl+Up en Ctrl+Down verplaatst u deze</translation>
    </message>
</context>
<context>
    <name>bw::ui::BlendOverview</name>
    <message>
        <source>Blend overview</source>
        <translation>Blendoverzicht</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Selectie</translation>
    </message>
    <message>
        <source>Which activities the figures cover</source>
        <translation>Welke activiteiten de cijfers omvatten</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Cijfers voor:</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Add up the estimated minutes (the middle of a range)</source>
        <translation>De geschatte minuten optellen (bij een bereik het midden)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Count the activities</source>
        <translation>De activiteiten tellen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maatstaf</translation>
    </message>
    <message>
        <source>No direction</source>
        <translation>Geen richting</translation>
    </message>
    <message>
        <source>Blend chart</source>
        <translation>Blenddiagram</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Blend figures</source>
        <translation>Blendcijfers</translation>
    </message>
    <message>
        <source>Follow the selected objective</source>
        <translation>Het geselecteerde leerdoel volgen</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Hele programma</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Time in class: %1% of %2 minutes. Flipped classrooms keep class time for practice and feedback, and move content before and after.</source>
        <translation>Tijd tijdens de bijeenkomst: %1% van %2 minuten. In een flipped classroom blijft de contacttijd voor oefening en feedback, en verschuift de inhoud naar vooraf en achteraf.</translation>
    </message>
    <message>
        <source>No minutes estimated yet: give activities a duration to see how the time is spent.</source>
        <translation>Nog geen minuten geschat: geef activiteiten een duur om te zien hoe de tijd wordt besteed.</translation>
    </message>
    <message>
        <source>1 activity has no phase and is not counted.</source>
        <translation>1 activiteit heeft geen fase en wordt niet meegeteld.</translation>
    </message>
    <message>
        <source>%1 activities have no phase and are not counted.</source>
        <translation>%1 activiteiten hebben geen fase en worden niet meegeteld.</translation>
    </message>
</context>
<context>
    <name>bw::ui::BoardOverview</name>
    <message>
        <source>Overview of all objectives and their lanes</source>
        <translation>Overzicht van alle leerdoelen en hun kolommen</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · %4</source>
        <translation>%1
%2 · %3 · %4</translation>
    </message>
    <message>
        <source>no tool</source>
        <translation>geen tool</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>geen duur</translation>
    </message>
</context>
<context>
    <name>bw::ui::ChangesPanel</name>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergelijken met:</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>The state of the plan that the changes are counted from.</source>
        <translation>De stand van het plan van waaruit de wijzigingen worden geteld.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item.</source>
        <translation>Dubbelklik of druk op Enter om naar het onderdeel te gaan.</translation>
    </message>
    <message>
        <source>The file as last saved</source>
        <translation>Het bestand zoals het laatst is opgeslagen</translation>
    </message>
    <message>
        <source>The plan has not been saved yet: every item is new.</source>
        <translation>Het plan is nog niet opgeslagen: elk onderdeel is nieuw.</translation>
    </message>
    <message>
        <source>Objective %1: %2</source>
        <translation>Leerdoel %1: %2</translation>
    </message>
    <message>
        <source>Removed objectives</source>
        <translation>Verwijderde leerdoelen</translation>
    </message>
    <message>
        <source>Project and community rules</source>
        <translation>Project en spelregels</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Cannot compare: %1</source>
        <translation>Kan niet vergelijken: %1</translation>
    </message>
    <message>
        <source>No changes since %1.</source>
        <translation>Geen wijzigingen sinds %1.</translation>
    </message>
    <message>
        <source>1 change since %1.</source>
        <translation>1 wijziging sinds %1.</translation>
    </message>
    <message>
        <source>%1 changes since %2.</source>
        <translation>%1 wijzigingen sinds %2.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ClientProfileDialog</name>
    <message>
        <source>Apply Client Profile</source>
        <translation>Opdrachtgeversprofiel toepassen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Er is geen teambibliotheek ingesteld (Bewerken ▸ Instellingen teambibliotheek…).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliotheek wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed.</source>
        <translation>De teambibliotheek is offline: er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>De teambibliotheek kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Provides: %1
Blocks: %2</source>
        <translation>Stelt beschikbaar: %1
Blokkeert: %2</translation>
    </message>
    <message>
        <source>The team library has no client profiles yet.</source>
        <translation>De teambibliotheek bevat nog geen opdrachtgeversprofielen.</translation>
    </message>
    <message>
        <source>Choose the client whose IT landscape this course meets:</source>
        <translation>Kies de opdrachtgever in wiens IT-omgeving deze cursus plaatsvindt:</translation>
    </message>
    <message>
        <source>Choose a client.</source>
        <translation>Kies een opdrachtgever.</translation>
    </message>
    <message>
        <source>Apply client profile %1</source>
        <translation>Opdrachtgeversprofiel %1 toepassen</translation>
    </message>
    <message>
        <source>The profile could not be applied: %1</source>
        <translation>Het profiel kon niet worden toegepast: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::ColumnMapDialog</name>
    <message>
        <source>Import Spreadsheet — Columns</source>
        <translation>Spreadsheet importeren — kolommen</translation>
    </message>
    <message>
        <source>“%1” is not a spreadsheet exported by Blendwise. Choose the column that holds each field of an activity; one row becomes one activity. Only the title is required.</source>
        <translation>“%1” is geen spreadsheet die door Blendwise is geëxporteerd. Kies voor elk veld van een activiteit de kolom die het bevat; één rij wordt één activiteit. Alleen de titel is verplicht.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>— choose a column —</source>
        <translation>— kies een kolom —</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— niet geïmporteerd —</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (verplicht):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Preview of the first rows:</source>
        <translation>Voorbeeld van de eerste rijen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose the column that holds the activities’ titles.</source>
        <translation>Kies de kolom met de titels van de activiteiten.</translation>
    </message>
    <message>
        <source>The column “%1” is chosen for more than one field; each field then gets the same value.</source>
        <translation>De kolom “%1” is voor meer dan één veld gekozen; elk van die velden krijgt dan dezelfde waarde.</translation>
    </message>
</context>
<context>
    <name>bw::ui::CsvUpdateDialog</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the limit for an import</source>
        <translation>%1 is groter dan %2 MB, de limiet voor een import</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelezen</translation>
    </message>
    <message>
        <source>guessed</source>
        <translation>afgeleid</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>overgeslagen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Update from CSV</source>
        <translation>Bijwerken vanuit CSV</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv);;All files (*)</source>
        <translation>Spreadsheets (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet to this plan. The spreadsheet must be a CSV that Blendwise exported (File ▸ Export…, CSV): its “Key” column tells which activity each row is. Rows without a key are added.</source>
        <translation>Voer de wijzigingen uit een spreadsheet door in dit plan. De spreadsheet moet een CSV zijn die Blendwise heeft geëxporteerd (Bestand ▸ Exporteren…, CSV): de kolom “Sleutel” geeft aan welke activiteit elke rij is. Rijen zonder sleutel worden toegevoegd.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Type a path or choose the file</source>
        <translation>Typ een pad of kies het bestand</translation>
    </message>
    <message>
        <source>Spreadsheet file</source>
        <translation>Spreadsheetbestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>De spreadsheet wordt gelezen</translation>
    </message>
    <message>
        <source>C&amp;hanges that will be applied:</source>
        <translation>&amp;Wijzigingen die worden doorgevoerd:</translation>
    </message>
    <message>
        <source>Changes that will be applied</source>
        <translation>Wijzigingen die worden doorgevoerd</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>Notes on the spreadsheet</source>
        <translation>Opmerkingen bij de spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Remove activities missing from the spreadsheet</source>
        <translation>Activiteiten die in de spreadsheet ontbreken &amp;verwijderen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>Choose the CSV file to update from.</source>
        <translation>Kies het CSV-bestand waaruit u wilt bijwerken.</translation>
    </message>
    <message>
        <source>Nothing can be applied: %1</source>
        <translation>Er kan niets worden doorgevoerd: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The plan already says what %1 says: nothing to apply.</source>
        <translation>Het plan bevat al wat %1 bevat: er is niets door te voeren.</translation>
    </message>
    <message>
        <source>1 change from %1.</source>
        <translation>1 wijziging uit %1.</translation>
    </message>
    <message>
        <source>%1 changes from %2.</source>
        <translation>%1 wijzigingen uit %2.</translation>
    </message>
    <message>
        <source>Update from %1</source>
        <translation>Bijwerken vanuit %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::DayView</name>
    <message>
        <source>In-class moment %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Day view</source>
        <translation>Dagweergave</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>In-class moment shown</source>
        <translation>Getoonde bijeenkomst</translation>
    </message>
    <message>
        <source>The in-class moment whose running order is shown</source>
        <translation>De bijeenkomst waarvan het dagprogramma wordt getoond</translation>
    </message>
    <message>
        <source>Agenda of the moment</source>
        <translation>Dagprogramma van de bijeenkomst</translation>
    </message>
    <message>
        <source>Drag an entry, or press Ctrl+Up or Ctrl+Down, to change the running order. Enter selects the activity on the board.</source>
        <translation>Sleep een onderdeel of druk op Ctrl+Up of Ctrl+Down om de volgorde te wijzigen. Enter selecteert de activiteit op het bord.</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Geplande tijd</translation>
    </message>
    <message>
        <source>Add brea&amp;k</source>
        <translation>&amp;Pauze toevoegen</translation>
    </message>
    <message>
        <source>Add a %1-minute break after the selected entry</source>
        <translation>Een pauze van %1 minuten toevoegen na het geselecteerde onderdeel</translation>
    </message>
    <message>
        <source>Add lun&amp;ch</source>
        <translation>&amp;Lunch toevoegen</translation>
    </message>
    <message>
        <source>Add a %1-minute lunch after the selected entry</source>
        <translation>Een lunch van %1 minuten toevoegen na het geselecteerde onderdeel</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected break or lunch (Delete)</source>
        <translation>De geselecteerde pauze of lunch verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move the selected entry earlier in the day (Ctrl+Up)</source>
        <translation>Het geselecteerde onderdeel eerder op de dag plaatsen (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Omlaa&amp;g</translation>
    </message>
    <message>
        <source>Move the selected entry later in the day (Ctrl+Down)</source>
        <translation>Het geselecteerde onderdeel later op de dag plaatsen (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Break &amp;title:</source>
        <translation>&amp;Titel van de pauze:</translation>
    </message>
    <message>
        <source>Title of the break</source>
        <translation>Titel van de pauze</translation>
    </message>
    <message>
        <source>What the agenda calls the selected break; empty shows “Break” or “Lunch”</source>
        <translation>Hoe de geselecteerde pauze in het dagprogramma heet; leeg toont “Pauze” of “Lunch”</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minuten:</translation>
    </message>
    <message>
        <source>Length of the break in minutes</source>
        <translation>Duur van de pauze in minuten</translation>
    </message>
    <message>
        <source>How long the selected break or lunch lasts</source>
        <translation>Hoe lang de geselecteerde pauze of lunch duurt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>%1 minutes planned; the moment has no length set</source>
        <translation>%1 minuten gepland; voor de bijeenkomst is geen duur ingesteld</translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned</source>
        <translation>%1 van %2 minuten gepland</translation>
    </message>
    <message>
        <source>%1 — overruns by %2</source>
        <translation>%1 – %2 te lang</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minuten</translation>
    </message>
    <message>
        <source>%1 — the day is full</source>
        <translation>%1 – de dag is vol</translation>
    </message>
    <message>
        <source>%1 — %2 free</source>
        <translation>%1 – %2 vrij</translation>
    </message>
    <message>
        <source>No in-class moments yet. Add the days the group meets in Project Properties (Ctrl+I).</source>
        <translation>Nog geen bijeenkomsten. Voeg in Projecteigenschappen (Ctrl+I) de dagen toe waarop de groep samenkomt.</translation>
    </message>
    <message>
        <source>No in-class activities in this moment yet. Give activities of the in-class phase this moment in the inspector, or add a break.</source>
        <translation>Nog geen activiteiten tijdens deze bijeenkomst. Koppel in het paneel Eigenschappen activiteiten uit de fase Tijdens de bijeenkomst aan deze bijeenkomst, of voeg een pauze toe.</translation>
    </message>
    <message>
        <source>No break selected</source>
        <translation>Geen pauze geselecteerd</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportDialog</name>
    <message>
        <source>Export Plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Choose where to save the exported plan</source>
        <translation>Kies waar het geëxporteerde plan wordt opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>The client version never includes the design review</source>
        <translation>De versie voor de opdrachtgever bevat nooit de ontwerpbeoordeling</translation>
    </message>
    <message>
        <source>That is the project file itself. Choose another name for the export.</source>
        <translation>Dat is het projectbestand zelf. Kies een andere naam voor de export.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another place for the export.</source>
        <translation>De map “%1” bestaat niet. Kies een andere locatie voor de export.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” bestaat al. Wilt u het bestand vervangen?</translation>
    </message>
    <message>
        <source>Leave out the design review (&amp;client version)</source>
        <translation>Ontwerpbeoordeling weglaten (versie voor de &amp;opdrachtgever)</translation>
    </message>
    <message>
        <source>Help Excel show accented letters correctly (adds a byte-order &amp;mark)</source>
        <translation>Excel helpen letters met accenten juist weer te geven (voegt een byte-order &amp;mark toe)</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Op te nemen onderdelen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
    <message>
        <source>Show the changes as &amp;tracked changes in Word</source>
        <translation>Wijzigingen in Word &amp;tonen als bijgehouden wijzigingen</translation>
    </message>
    <message>
        <source>Adds a section listing what changed since the chosen version</source>
        <translation>Voegt een onderdeel toe met wat er sinds de gekozen versie is gewijzigd</translation>
    </message>
    <message>
        <source>Include what changed since</source>
        <translation>Opnemen wat er is gewijzigd sinds</translation>
    </message>
    <message>
        <source>The Word document marks every difference from the chosen version as a revision the client can accept or reject</source>
        <translation>Het Word-document markeert elk verschil met de gekozen versie als bijgehouden wijziging die de opdrachtgever kan accepteren of weigeren</translation>
    </message>
    <message>
        <source>Nothing (no comparison)</source>
        <translation>Niets (geen vergelijking)</translation>
    </message>
    <message>
        <source>Include &amp;what changed since:</source>
        <translation>Opnemen &amp;wat er is gewijzigd sinds:</translation>
    </message>
    <message>
        <source>That version is no longer in the project.</source>
        <translation>Die versie zit niet meer in het project.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ExportRunner</name>
    <message>
        <source>Print Plan</source>
        <translation>Plan afdrukken</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exporteren</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>“%1” exporteren…</translation>
    </message>
    <message>
        <source>Preparing the printout…</source>
        <translation>Afdruk voorbereiden…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>%1 of %2 pages</source>
        <translation>%1 van %2 pagina&apos;s</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 rijen</translation>
    </message>
    <message>
        <source>Exporting “%1”… %2</source>
        <translation>“%1” exporteren… %2</translation>
    </message>
    <message>
        <source>Printing… %1</source>
        <translation>Afdrukken… %1</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Afdrukken geannuleerd.</translation>
    </message>
    <message>
        <source>The plan was sent to %1.</source>
        <translation>Het plan is naar %1 gestuurd.</translation>
    </message>
    <message>
        <source>The plan was exported to “%1”.</source>
        <translation>Het plan is geëxporteerd naar “%1”.</translation>
    </message>
    <message>
        <source>“%1” was exported, but some characters cannot be shown.</source>
        <translation>“%1” is geëxporteerd, maar sommige tekens kunnen niet worden weergegeven.</translation>
    </message>
    <message>
        <source>Install a font that has them, or change the text.</source>
        <translation>Installeer een lettertype dat deze tekens bevat, of pas de tekst aan.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Export cancelled. “%1” was left as it was.</source>
        <translation>Export geannuleerd. “%1” is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export geannuleerd. Er is geen bestand weggeschreven.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>The plan was exported to %1.</source>
        <translation>Het plan is geëxporteerd naar %1.</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>Bestand &amp;openen</translation>
    </message>
    <message>
        <source>Open %1 in the program your desktop uses for it</source>
        <translation>%1 openen in het programma dat uw bureaublad daarvoor gebruikt</translation>
    </message>
    <message>
        <source>Show the folder %1 in the file manager</source>
        <translation>De map %1 tonen in bestandsbeheer</translation>
    </message>
    <message>
        <source>The plan could not be exported to “%1”.</source>
        <translation>Het plan kon niet worden geëxporteerd naar “%1”.</translation>
    </message>
    <message>
        <source>The plan could not be printed on %1.</source>
        <translation>Het plan kon niet worden afgedrukt op %1.</translation>
    </message>
    <message>
        <source>No program could be found to open %1.</source>
        <translation>Er is geen programma gevonden om %1 te openen.</translation>
    </message>
</context>
<context>
    <name>bw::ui::FindingsPanel</name>
    <message>
        <source>Design advisor</source>
        <translation>Ontwerpadviseur</translation>
    </message>
    <message>
        <source>Advisor summary</source>
        <translation>Samenvatting van de ontwerpadviseur</translation>
    </message>
    <message>
        <source>Advisor findings</source>
        <translation>Bevindingen van de ontwerpadviseur</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go to the item a finding is about</source>
        <translation>Dubbelklik of druk op Enter om naar het onderdeel te gaan waar een bevinding over gaat</translation>
    </message>
    <message>
        <source>Mute this rule</source>
        <translation>Deze regel uitschakelen</translation>
    </message>
    <message>
        <source>Stop reporting this rule for this plan (stored in the file; undo brings it back)</source>
        <translation>Deze regel niet meer melden voor dit plan (wordt in het bestand opgeslagen; met Ongedaan maken komt de regel terug)</translation>
    </message>
    <message>
        <source>Rules muted for this plan; choose one to report it again</source>
        <translation>Voor dit plan uitgeschakelde regels; kies er een om deze weer te melden</translation>
    </message>
    <message>
        <source>Show muted rules</source>
        <translation>Uitgeschakelde regels tonen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Oplossing: %1</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 fout</translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 waarschuwing</translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 suggestie</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestie</numerusform>
            <numerusform>%n suggesties</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the plan follows the method</source>
        <translation>Geen bevindingen: het plan volgt de methode</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Oplossen</translation>
    </message>
    <message>
        <source>%1 (one step; undo reverts it)</source>
        <translation>%1 (één stap; met Ongedaan maken draait u deze terug)</translation>
    </message>
    <message>
        <source>The selected finding has no automatic fix</source>
        <translation>Voor de geselecteerde bevinding is geen automatische oplossing beschikbaar</translation>
    </message>
    <message>
        <source>Report again: %1</source>
        <translation>Weer melden: %1</translation>
    </message>
    <message>
        <source>Show muted rules…</source>
        <translation>Uitgeschakelde regels tonen…</translation>
    </message>
    <message>
        <source>Show muted rules (%1)…</source>
        <translation>Uitgeschakelde regels tonen (%1)…</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportReportDialog</name>
    <message>
        <source>Read</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Guessed — check this</source>
        <translation>Afgeleid — controleer dit</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Import Report — %1</source>
        <translation>Importrapport — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;“%1”&lt;/b&gt; was read as %2.</source>
        <translation>&lt;b&gt;“%1”&lt;/b&gt; is gelezen als %2.</translation>
    </message>
    <message>
        <source>It holds %1, %2, %3 and %4.</source>
        <translation>Het bevat %1, %2, %3 en %4.</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 leerdoel</translation>
    </message>
    <message>
        <source>%1 objectives</source>
        <translation>%1 leerdoelen</translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activiteit</translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation>%1 activiteiten</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 tool</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>%1 tools</translation>
    </message>
    <message>
        <source>1 in-class moment</source>
        <translation>1 bijeenkomst</translation>
    </message>
    <message>
        <source>%1 in-class moments</source>
        <translation>%1 bijeenkomsten</translation>
    </message>
    <message>
        <source>1 value was guessed: the advisor lists it so that you can check it.</source>
        <translation>1 waarde is afgeleid: de adviseur vermeldt die, zodat u haar kunt controleren.</translation>
    </message>
    <message>
        <source>%1 values were guessed: the advisor lists them so that you can check each one.</source>
        <translation>%1 waarden zijn afgeleid: de adviseur vermeldt ze, zodat u ze elk kunt controleren.</translation>
    </message>
    <message>
        <source>1 part of the file was skipped.</source>
        <translation>1 deel van het bestand is overgeslagen.</translation>
    </message>
    <message>
        <source>%1 parts of the file were skipped.</source>
        <translation>%1 delen van het bestand zijn overgeslagen.</translation>
    </message>
    <message>
        <source>1 warning.</source>
        <translation>1 waarschuwing.</translation>
    </message>
    <message>
        <source>%1 warnings.</source>
        <translation>%1 waarschuwingen.</translation>
    </message>
    <message>
        <source>Nothing was guessed or skipped.</source>
        <translation>Er is niets afgeleid of overgeslagen.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Opmerkingen bij de import</translation>
    </message>
    <message>
        <source>&amp;Open as New Project</source>
        <translation>&amp;Openen als nieuw project</translation>
    </message>
</context>
<context>
    <name>bw::ui::ImportRunner</name>
    <message>
        <source>Plans from other tools (%1)</source>
        <translation>Plannen uit andere tools (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Plan importeren</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>het is geen bestand</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>het bestaat niet</translation>
    </message>
    <message>
        <source>it is larger than %1 MB, the limit for an import</source>
        <translation>het is groter dan %1 MB, de limiet voor een import</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>het kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Blendwise cannot tell what kind of plan it holds. It imports: %1.</source>
        <translation>Blendwise kan niet bepalen wat voor plan het bevat. Blendwise importeert: %1.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import geannuleerd.</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” lezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was opened.</source>
        <translation>Import geannuleerd. Er is niets geopend.</translation>
    </message>
    <message>
        <source>Import cancelled. The open project was kept.</source>
        <translation>Import geannuleerd. Het geopende project is behouden.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 objectives, %3 activities. Save it to keep it.</source>
        <translation>“%1” geïmporteerd: %2 leerdoelen, %3 activiteiten. Sla het op om het te bewaren.</translation>
    </message>
    <message>
        <source>“%1” could not be imported: %2</source>
        <translation>“%1” kan niet worden geïmporteerd: %2</translation>
    </message>
    <message>
        <source>Import of “%1” failed. Nothing was changed.</source>
        <translation>Import van “%1” mislukt. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryKeychain</name>
    <message>
        <source>this Blendwise was built without keychain support</source>
        <translation>deze Blendwise is gebouwd zonder ondersteuning voor de sleutelhanger</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryPasswordDialog</name>
    <message>
        <source>Team Library Password</source>
        <translation>Wachtwoord van de teambibliotheek</translation>
    </message>
    <message>
        <source>The team library at %1 asks for your password.</source>
        <translation>De teambibliotheek op %1 vraagt om uw wachtwoord.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Wachtwoord bewaren in de sleutel&amp;hanger van het systeem</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Wachtwoord wordt in de sleutelhanger van het systeem bewaard…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press Sign In to go on without the keychain.</source>
        <translation>De sleutelhanger van het systeem kon het wachtwoord niet bewaren (%1). Het blijft alleen voor deze sessie bewaard; druk op Aanmelden om zonder sleutelhanger verder te gaan.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySettingsDialog</name>
    <message>
        <source>Team Library Settings</source>
        <translation>Instellingen teambibliotheek</translation>
    </message>
    <message>
        <source>A team library is a PostgreSQL database your consultancy shares: tools, client profiles, templates and activity patterns. Name a libpq service, or the server, database and user. Leave everything empty to work without one.</source>
        <translation>Een teambibliotheek is een PostgreSQL-database die uw adviesbureau deelt: tools, opdrachtgeversprofielen, sjablonen en activiteitpatronen. Geef een libpq-service op, of de server, database en gebruiker. Laat alles leeg om zonder teambibliotheek te werken.</translation>
    </message>
    <message>
        <source>from pg_service.conf, e.g. blendwise</source>
        <translation>uit pg_service.conf, bijv. blendwise</translation>
    </message>
    <message>
        <source>e.g. db.example.com</source>
        <translation>bijv. db.example.com</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>standaard (5432)</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>uw inlognaam</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>uit ~/.pgpass als dit leeg is</translation>
    </message>
    <message>
        <source>Kept for this session only, never saved. ~/.pgpass keeps it across sessions.</source>
        <translation>Alleen voor deze sessie bewaard, nooit opgeslagen. In ~/.pgpass blijft het ook na deze sessie bewaard.</translation>
    </message>
    <message>
        <source>libpq’s default</source>
        <translation>standaard van libpq</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicenaam:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hostnaam:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Databasenaam:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-modus:</translation>
    </message>
    <message>
        <source>S&amp;chema:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinding maken met %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Connected (PostgreSQL %1). Your roles: %2. The library holds %3 tools, %4 client profiles, %5 templates and %6 patterns.</source>
        <translation>Verbonden (PostgreSQL %1). Uw rollen: %2. De bibliotheek bevat %3 tools, %4 opdrachtgeversprofielen, %5 sjablonen en %6 patronen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Kept for this session only, unless the system keychain keeps it. Never in Blendwise&apos;s settings.</source>
        <translation>Alleen voor deze sessie bewaard, tenzij de sleutelhanger van het systeem het bewaart. Nooit in de instellingen van Blendwise.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>Wachtwoord bewaren in de sleutel&amp;hanger van het systeem</translation>
    </message>
    <message>
        <source>GNOME Keyring, KWallet or your system&apos;s own keychain keeps it, locked with your login</source>
        <translation>GNOME-sleutelbos, KWallet of de sleutelhanger van uw systeem bewaart het, vergrendeld met uw aanmelding</translation>
    </message>
    <message>
        <source>Keeping the password in the system keychain…</source>
        <translation>Wachtwoord wordt in de sleutelhanger van het systeem bewaard…</translation>
    </message>
    <message>
        <source>The system keychain could not keep the password (%1). It is kept for this session only; press OK to go on without the keychain.</source>
        <translation>De sleutelhanger van het systeem kon het wachtwoord niet bewaren (%1). Het blijft alleen voor deze sessie bewaard; druk op OK om zonder sleutelhanger verder te gaan.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibraryStatusLabel</name>
    <message>
        <source>Team library: offline</source>
        <translation>Teambibliotheek: offline</translation>
    </message>
    <message>
        <source>%1: %2
The studio works as before; library commands say when they cannot reach it.</source>
        <translation>%1: %2
De studio werkt zoals altijd; bibliotheekopdrachten melden het als ze de bibliotheek niet bereiken.</translation>
    </message>
    <message>
        <source>no library role</source>
        <translation>geen bibliotheekrol</translation>
    </message>
    <message>
        <source>Team library: connected (%1)</source>
        <translation>Teambibliotheek: verbonden (%1)</translation>
    </message>
    <message>
        <source>Team library: sign-in needed</source>
        <translation>Teambibliotheek: aanmelden nodig</translation>
    </message>
    <message>
        <source>%1: %2
Click to enter your password.</source>
        <translation>%1: %2
Klik om uw wachtwoord in te voeren.</translation>
    </message>
</context>
<context>
    <name>bw::ui::LibrarySyncDialog</name>
    <message>
        <source>Update from Team Library</source>
        <translation>Bijwerken vanuit teambibliotheek</translation>
    </message>
    <message>
        <source>&amp;Apply Selected</source>
        <translation>Selectie &amp;toepassen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Er is geen teambibliotheek ingesteld (Bewerken ▸ Instellingen teambibliotheek…).</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliotheek wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was changed. Your project keeps working and saving; try again later.</source>
        <translation>De teambibliotheek is offline: er is niets gewijzigd. U kunt gewoon aan uw project verder werken en het opslaan; probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>De teambibliotheek kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The project is up to date with the team library.</source>
        <translation>Het project is actueel ten opzichte van de teambibliotheek.</translation>
    </message>
    <message>
        <source>Nothing is checked.</source>
        <translation>Er is niets aangevinkt.</translation>
    </message>
    <message>
        <source>Update from team library</source>
        <translation>Bijwerken vanuit teambibliotheek</translation>
    </message>
    <message>
        <source>The update could not be applied: %1</source>
        <translation>De update kon niet worden toegepast: %1</translation>
    </message>
    <message>
        <source>1 change in the team library since this project took its items. Apply it if it is checked:</source>
        <translation>1 wijziging in de teambibliotheek sinds dit project er zijn items uit heeft gehaald. Pas haar toe als ze is aangevinkt:</translation>
    </message>
    <message>
        <source>%1 changes in the team library since this project took its items. Apply the checked ones:</source>
        <translation>%1 wijzigingen in de teambibliotheek sinds dit project er zijn items uit heeft gehaald. Pas de aangevinkte wijzigingen toe:</translation>
    </message>
</context>
<context>
    <name>bw::ui::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Another Blendwise window is editing this file. Use Save As to keep your changes.</source>
        <translation>Een ander Blendwise-venster bewerkt dit bestand. Gebruik “Opslaan als” om uw wijzigingen te bewaren.</translation>
    </message>
    <message>
        <source>Recovery copy written at %1</source>
        <translation>Herstelkopie opgeslagen om %1</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <source>Start a project, empty or from a template</source>
        <translation>Een project beginnen, leeg of vanuit een sjabloon</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Een projectbestand openen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Het project opslaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Het project onder een andere naam opslaan</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Write the plan as PDF, Word, OpenDocument, HTML, Markdown, CSV or JSON</source>
        <translation>Het plan exporteren als PDF, Word, OpenDocument, HTML, Markdown, CSV of JSON</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the plan document</source>
        <translation>Het plandocument afdrukken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>De afgedrukte pagina&apos;s bekijken voordat u afdrukt</translation>
    </message>
    <message>
        <source>Project &amp;Properties…</source>
        <translation>&amp;Projecteigenschappen…</translation>
    </message>
    <message>
        <source>Title, client, brand, in-class moments, community</source>
        <translation>Titel, opdrachtgever, huisstijl, bijeenkomsten, community</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Slui&amp;ten</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Het project sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Quit Blendwise</source>
        <translation>Blendwise afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw uitvoeren</translation>
    </message>
    <message>
        <source>Add &amp;Objective</source>
        <translation>Leer&amp;doel toevoegen</translation>
    </message>
    <message>
        <source>Add a learning objective after the selected one</source>
        <translation>Een leerdoel toevoegen na het geselecteerde leerdoel</translation>
    </message>
    <message>
        <source>Add &amp;Activity</source>
        <translation>&amp;Activiteit toevoegen</translation>
    </message>
    <message>
        <source>Add an activity to the focused lane</source>
        <translation>Een activiteit toevoegen aan de kolom met de focus</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected objective or activity</source>
        <translation>Het geselecteerde leerdoel of de geselecteerde activiteit verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Om&amp;hoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the selected objective or card up</source>
        <translation>Het geselecteerde leerdoel of de geselecteerde kaart omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Omlaa&amp;g verplaatsen</translation>
    </message>
    <message>
        <source>Move the selected objective or card down</source>
        <translation>Het geselecteerde leerdoel of de geselecteerde kaart omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Move to &amp;Previous Phase</source>
        <translation>Naar vorige &amp;fase</translation>
    </message>
    <message>
        <source>Move the card to the phase before (e.g. in-class → pre-class)</source>
        <translation>De kaart naar de vorige fase verplaatsen (bijv. tijdens de bijeenkomst → voorafgaand)</translation>
    </message>
    <message>
        <source>Move to &amp;Next Phase</source>
        <translation>Naar volge&amp;nde fase</translation>
    </message>
    <message>
        <source>Move the card to the phase after (e.g. in-class → post-class)</source>
        <translation>De kaart naar de volgende fase verplaatsen (bijv. tijdens de bijeenkomst → achteraf)</translation>
    </message>
    <message>
        <source>Move to Previous Ob&amp;jective</source>
        <translation>Naar vorig &amp;leerdoel</translation>
    </message>
    <message>
        <source>Move the card to the objective above</source>
        <translation>De kaart naar het leerdoel erboven verplaatsen</translation>
    </message>
    <message>
        <source>Move to Next Objecti&amp;ve</source>
        <translation>Naar volgend lee&amp;rdoel</translation>
    </message>
    <message>
        <source>Move the card to the objective below</source>
        <translation>De kaart naar het leerdoel eronder verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Tool Catalogue…</source>
        <translation>&amp;Toolcatalogus…</translation>
    </message>
    <message>
        <source>The tools this project can use</source>
        <translation>De tools die dit project kan gebruiken</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>The selected objective&apos;s activities in three lanes</source>
        <translation>De activiteiten van het geselecteerde leerdoel in drie kolommen</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>All objectives and their lanes at once</source>
        <translation>Alle leerdoelen en hun kolommen tegelijk</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Every key the studio knows</source>
        <translation>Alle sneltoetsen van de studio</translation>
    </message>
    <message>
        <source>&amp;About Blendwise</source>
        <translation>&amp;Over Blendwise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Blend</source>
        <translation>Blend</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Plan Preview</source>
        <translation>Planvoorbeeld</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (alleen-lezen)</translation>
    </message>
    <message>
        <source>%1[*] — Blendwise</source>
        <translation>%1[*] — Blendwise</translation>
    </message>
    <message>
        <source>1 objective</source>
        <translation>1 leerdoel</translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n leerdoel</numerusform>
            <numerusform>%n leerdoelen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 activity</source>
        <translation>1 activiteit</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>About Blendwise</source>
        <translation>Over Blendwise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;A course-design studio for blended learning: objectives first, activities placed before, in and after class, each with its social direction and the tool that carries it.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Blendwise %1&lt;/h3&gt;&lt;p&gt;Een studio voor het ontwerpen van blended leertrajecten: eerst de leerdoelen, dan de activiteiten vóór, tijdens en na de bijeenkomst, elk met een eigen richting en de tool waarmee de activiteit wordt uitgevoerd.&lt;/p&gt;&lt;p&gt;Uitgegeven onder de GNU GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>Versie vastle&amp;ggen…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version, e.g. what was sent to the client</source>
        <translation>De huidige stand van het plan bewaren als benoemde versie, bijv. wat naar de opdrachtgever is gestuurd</translation>
    </message>
    <message>
        <source>Mark Version</source>
        <translation>Versie vastleggen</translation>
    </message>
    <message>
        <source>Marked version “%1”. Save to keep it in the file.</source>
        <translation>Versie “%1” vastgelegd. Sla het project op om de versie in het bestand te bewaren.</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Vers&amp;ies…</translation>
    </message>
    <message>
        <source>Compare with, open, restore or remove the plan&apos;s named versions</source>
        <translation>De benoemde versies van het plan vergelijken, openen, terugzetten of verwijderen</translation>
    </message>
    <message>
        <source>Follow the &amp;system setting</source>
        <translation>&amp;Systeeminstelling volgen</translation>
    </message>
    <message>
        <source>Light or dark, as your desktop is set</source>
        <translation>Licht of donker, zoals uw bureaublad is ingesteld</translation>
    </message>
    <message>
        <source>Always &amp;light</source>
        <translation>Altijd &amp;licht</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Donkere tekst op een lichte achtergrond</translation>
    </message>
    <message>
        <source>Always &amp;dark</source>
        <translation>Altijd &amp;donker</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Lichte tekst op een donkere achtergrond</translation>
    </message>
    <message>
        <source>Day View</source>
        <translation>Dagweergave</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Open Version</source>
        <translation>Versie openen</translation>
    </message>
    <message>
        <source>version %1 of %2</source>
        <translation>versie %1 van %2</translation>
    </message>
    <message>
        <source>A version, read-only. File ▸ Save As starts a new project from it.</source>
        <translation>Een versie, alleen-lezen. Met Bestand ▸ Opslaan als begint u er een nieuw project mee.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporteren…</translation>
    </message>
    <message>
        <source>Bring in a plan from a spreadsheet (CSV), CourseFlow, an ABC storyboard or Blendwise JSON</source>
        <translation>Een plan binnenhalen uit een spreadsheet (CSV), CourseFlow, een ABC-storyboard of Blendwise-JSON</translation>
    </message>
    <message>
        <source>&amp;Update from CSV…</source>
        <translation>Bijwerken vanuit &amp;CSV…</translation>
    </message>
    <message>
        <source>Apply the changes made in a spreadsheet exported as CSV to this plan</source>
        <translation>De wijzigingen uit een als CSV geëxporteerde spreadsheet in dit plan doorvoeren</translation>
    </message>
    <message numerus="yes">
        <source>Updated from the spreadsheet: %n change(s). Undo takes them back.</source>
        <translation>
            <numerusform>Bijgewerkt vanuit de spreadsheet: %n wijziging. Met Ongedaan maken draait u deze terug.</numerusform>
            <numerusform>Bijgewerkt vanuit de spreadsheet: %n wijzigingen. Met Ongedaan maken draait u ze terug.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team Library &amp;Settings…</source>
        <translation>&amp;Instellingen teambibliotheek…</translation>
    </message>
    <message>
        <source>Where the team library is: a PostgreSQL service, or server, database and user</source>
        <translation>Waar de teambibliotheek staat: een PostgreSQL-service, of server, database en gebruiker</translation>
    </message>
    <message>
        <source>Pu&amp;blish to Team Library…</source>
        <translation>Pu&amp;bliceren in teambibliotheek…</translation>
    </message>
    <message>
        <source>Publish this project as a template, its tools or activities as patterns</source>
        <translation>Dit project publiceren als sjabloon, of de tools of activiteiten ervan als patronen</translation>
    </message>
    <message>
        <source>Update from Team &amp;Library…</source>
        <translation>Bij&amp;werken vanuit teambibliotheek…</translation>
    </message>
    <message>
        <source>Take what changed in the team library since this project took its items</source>
        <translation>Overnemen wat er in de teambibliotheek is gewijzigd sinds dit project er zijn items uit heeft gehaald</translation>
    </message>
    <message>
        <source>Updated from the team library. Undo takes it back.</source>
        <translation>Bijgewerkt vanuit de teambibliotheek. Met Ongedaan maken draait u dit terug.</translation>
    </message>
    <message>
        <source>Apply Client Pro&amp;file…</source>
        <translation>Opdrachtgeverspro&amp;fiel toepassen…</translation>
    </message>
    <message>
        <source>Mark the tools a client provides or blocks, from the team library</source>
        <translation>De tools markeren die een opdrachtgever beschikbaar stelt of blokkeert, op basis van de teambibliotheek</translation>
    </message>
    <message>
        <source>Client profile applied. Undo takes it back.</source>
        <translation>Opdrachtgeversprofiel toegepast. Met Ongedaan maken draait u dit terug.</translation>
    </message>
    <message>
        <source>New from &amp;Team Template…</source>
        <translation>Nieuw vanuit &amp;teamsjabloon…</translation>
    </message>
    <message>
        <source>Start a project from a template your team published in the team library</source>
        <translation>Een project beginnen vanuit een sjabloon dat uw team in de teambibliotheek heeft gepubliceerd</translation>
    </message>
    <message>
        <source>Patterns</source>
        <translation>Patronen</translation>
    </message>
    <message>
        <source>“%1” is retired for the whole team: projects are offered its replacement in Update from Team Library.</source>
        <translation>“%1” is uitgefaseerd voor het hele team: projecten krijgen de vervanger aangeboden bij Bijwerken vanuit teambibliotheek.</translation>
    </message>
    <message>
        <source>The system keychain did not give the team library&apos;s password: %1</source>
        <translation>De sleutelhanger van het systeem gaf het wachtwoord van de teambibliotheek niet: %1</translation>
    </message>
</context>
<context>
    <name>bw::ui::MarkVersionDialog</name>
    <message>
        <source>Mark Version</source>
        <translation>Versie vastleggen</translation>
    </message>
    <message>
        <source>Keeps the plan as it is now inside the project file, so that you can compare with it, show the client what changed since, or go back to it.</source>
        <translation>Bewaart de huidige stand van het plan in het projectbestand, zodat u ermee kunt vergelijken, de opdrachtgever kunt laten zien wat er sindsdien is veranderd, of ernaar kunt teruggaan.</translation>
    </message>
    <message>
        <source>e.g. 1.0 — sent to client</source>
        <translation>bijv. 1.0 – naar de opdrachtgever gestuurd</translation>
    </message>
    <message>
        <source>Version name</source>
        <translation>Naam van de versie</translation>
    </message>
    <message>
        <source>Starts with the version number that the cover shows, e.g. “1.1 — after the review”.</source>
        <translation>Begint met het versienummer dat op het voorblad staat, bijv. “1.1 – na de review”.</translation>
    </message>
    <message>
        <source>Date of the version</source>
        <translation>Datum van de versie</translation>
    </message>
    <message>
        <source>What this version is, who it went to, what the client asked for…</source>
        <translation>Wat deze versie is, naar wie ze is gestuurd, waar de opdrachtgever om vroeg…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <source>&amp;Mark Version</source>
        <translation>&amp;Vastleggen</translation>
    </message>
</context>
<context>
    <name>bw::ui::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Uitgangspunt</translation>
    </message>
    <message>
        <source>Empty project</source>
        <translation>Leeg project</translation>
    </message>
    <message>
        <source>Objectives and activities are yours to write; the tool catalogue starts with the built-in tools.</source>
        <translation>De leerdoelen en activiteiten schrijft u zelf; de toolcatalogus begint met de tools uit de standaardcatalogus.</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>Projecttitel</translation>
    </message>
    <message>
        <source>e.g. Measuring risk in international projects</source>
        <translation>bijv. Risico&apos;s meten in internationale projecten</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Aanmaken</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen met:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveDelegate</name>
    <message>
        <source>1 activity</source>
        <translation>1 activiteit</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activiteit</numerusform>
            <numerusform>%n activiteiten</numerusform>
        </translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>(no statement)</source>
        <translation>(geen formulering)</translation>
    </message>
    <message>
        <source>Objective statement</source>
        <translation>Formulering van het leerdoel</translation>
    </message>
    <message>
        <source>Be able to …</source>
        <translation>De deelnemer kan …</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveInspector</name>
    <message>
        <source>Objective inspector</source>
        <translation>Eigenschappen van het leerdoel</translation>
    </message>
    <message>
        <source>What learners will be able to do, e.g. “Pitch the product in three minutes”</source>
        <translation>Wat deelnemers zullen kunnen, bijv. “Het product in drie minuten pitchen”</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Formulering:</translation>
    </message>
    <message>
        <source>The objective, starting with a verb that can be observed. Shown on the board and in the plan.</source>
        <translation>Het leerdoel, beginnend met een waarneembaar werkwoord. Zichtbaar op het bord en in het plan.</translation>
    </message>
    <message>
        <source>How you will know it is reached, e.g. “Scores 3 of 4 on the pitch rubric”</source>
        <translation>Hoe u weet dat het leerdoel is bereikt, bijv. “Scoort 3 van 4 op de beoordelingsrubric voor de pitch”</translation>
    </message>
    <message>
        <source>Success &amp;measure:</source>
        <translation>&amp;Succescriterium:</translation>
    </message>
    <message>
        <source>How success is measured; the plan shows it next to the objective.</source>
        <translation>Hoe het succes wordt gemeten; het plan toont dit naast het leerdoel.</translation>
    </message>
    <message>
        <source>e.g. Pitch rubric, final quiz, observation grid</source>
        <translation>bijv. rubric voor de pitch, eindquiz, observatieformulier</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>The name of the assessment instrument that measures the objective.</source>
        <translation>De naam van het toetsinstrument waarmee het leerdoel wordt gemeten.</translation>
    </message>
    <message>
        <source>Assessment instrument</source>
        <translation>Toetsinstrument</translation>
    </message>
    <message>
        <source>What the instrument checks and how it is used</source>
        <translation>Wat het instrument toetst en hoe het wordt gebruikt</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>What the assessment instrument checks, who uses it and when.</source>
        <translation>Wat het toetsinstrument toetst, wie het gebruikt en wanneer.</translation>
    </message>
    <message>
        <source>Instrument description</source>
        <translation>Beschrijving van het instrument</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Bestand bij&amp;voegen…</translation>
    </message>
    <message>
        <source>Store a file in the project, e.g. the rubric as PDF or DOCX (at most 16 MiB)</source>
        <translation>Een bestand in het project opslaan, bijv. de rubric als PDF of DOCX (maximaal 16 MiB)</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>Save the attached file to a folder of your choice</source>
        <translation>Het bijgevoegde bestand opslaan in een map naar keuze</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>Verwij&amp;deren</translation>
    </message>
    <message>
        <source>Remove the attached file from the project</source>
        <translation>Het bijgevoegde bestand uit het project verwijderen</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Het bijgevoegde bestand verwijderen</translation>
    </message>
    <message>
        <source>Attached &amp;file:</source>
        <translation>Bijgevoegd b&amp;estand:</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Bijgevoegd bestand</translation>
    </message>
    <message>
        <source>Anything the team should know about this objective</source>
        <translation>Alles wat het team over dit leerdoel moet weten</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Opmerkingen:</translation>
    </message>
    <message>
        <source>Notes about the objective, printed in the plan.</source>
        <translation>Opmerkingen over het leerdoel; worden in het plan afgedrukt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No file attached</source>
        <translation>Geen bestand bijgevoegd</translation>
    </message>
    <message>
        <source>Attach File</source>
        <translation>Bestand bijvoegen</translation>
    </message>
    <message>
        <source>“%1” is %2, larger than the 16 MiB a project can hold for one file. Attach a smaller file, e.g. the rubric saved as PDF without embedded images.</source>
        <translation>“%1” is %2, groter dan de 16 MiB die een project voor één bestand kan bevatten. Voeg een kleiner bestand bij, bijv. de rubric opgeslagen als PDF zonder ingesloten afbeeldingen.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 16 MiB.</source>
        <translation>“%1” is groter dan 16 MiB.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet wegschrijven: %2</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;All files (*)</source>
        <translation>Documenten (*.pdf *.docx *.doc *.odt *.xlsx *.pptx *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectiveListModel</name>
    <message>
        <source>%1
Measured by: %2</source>
        <translation>%1
Gemeten met: %2</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
</context>
<context>
    <name>bw::ui::ObjectivesPanel</name>
    <message>
        <source>Objective actions</source>
        <translation>Acties voor leerdoelen</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>No objectives yet.
Press Ctrl+Shift+N to write the first one: what should learners be able to do afterwards?</source>
        <translation>Nog geen leerdoelen.
Druk op Ctrl+Shift+N om het eerste te schrijven: wat moeten deelnemers na afloop kunnen?</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nieuw leerdoel</translation>
    </message>
</context>
<context>
    <name>bw::ui::OffsetSpinBox</name>
    <message>
        <source>Same day</source>
        <translation>Dezelfde dag</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 dag ervoor</translation>
    </message>
    <message>
        <source>1 day after</source>
        <translation>1 dag erna</translation>
    </message>
    <message>
        <source>%1 days before</source>
        <translation>%1 dagen ervoor</translation>
    </message>
    <message>
        <source>%1 days after</source>
        <translation>%1 dagen erna</translation>
    </message>
    <message>
        <source>before</source>
        <translation>voor</translation>
    </message>
</context>
<context>
    <name>bw::ui::OverviewDelegate</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::PatternsPanel</name>
    <message>
        <source>Search patterns (title, instructions, tool)</source>
        <translation>Patronen zoeken (titel, instructies, tool)</translation>
    </message>
    <message>
        <source>Search patterns</source>
        <translation>Patronen zoeken</translation>
    </message>
    <message>
        <source>Activity patterns</source>
        <translation>Activiteitpatronen</translation>
    </message>
    <message>
        <source>&amp;Add to Board</source>
        <translation>&amp;Aan het bord toevoegen</translation>
    </message>
    <message>
        <source>No team library is set up: Edit ▸ Team Library Settings…</source>
        <translation>Er is geen teambibliotheek ingesteld: Bewerken ▸ Instellingen teambibliotheek…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Team library offline: %1</source>
        <translation>Teambibliotheek offline: %1</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No pattern matches.</source>
        <translation>Geen patroon komt overeen.</translation>
    </message>
    <message>
        <source>1 pattern</source>
        <translation>1 patroon</translation>
    </message>
    <message>
        <source>%1 patterns</source>
        <translation>%1 patronen</translation>
    </message>
    <message>
        <source>Select an objective first: the pattern joins its board.</source>
        <translation>Kies eerst een leerdoel: het patroon komt op zijn bord.</translation>
    </message>
    <message>
        <source>Add pattern “%1”</source>
        <translation>Patroon “%1” toevoegen</translation>
    </message>
    <message>
        <source>“%1” added to the board.</source>
        <translation>“%1” aan het bord toegevoegd.</translation>
    </message>
    <message>
        <source>Drag a pattern onto a lane of the board, or press Enter to add it</source>
        <translation>Sleep een patroon naar een baan van het bord, of druk op Enter om het toe te voegen</translation>
    </message>
    <message>
        <source>The team library has no patterns yet: File ▸ Publish to Team Library… adds activities as patterns.</source>
        <translation>De teambibliotheek heeft nog geen patronen: Bestand ▸ Publiceren in teambibliotheek… voegt activiteiten als patronen toe.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPreview</name>
    <message>
        <source>Plan preview</source>
        <translation>Planvoorbeeld</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Uitzoomen (%1)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Inzoomen (%1)</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>Paginabreedte</translation>
    </message>
    <message>
        <source>Fit the page to the panel&apos;s width (%1)</source>
        <translation>De pagina passend maken voor de breedte van het paneel (%1)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::PlanPrinter</name>
    <message>
        <source>Laying out the pages…</source>
        <translation>Pagina&apos;s opmaken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Laying out the pages… (%1)</source>
        <translation>Pagina&apos;s opmaken… (%1)</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Afdrukvoorbeeld</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectPropertiesDialog</name>
    <message>
        <source>Add %1</source>
        <translation>Een %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove the selected %1</source>
        <translation>De geselecteerde %1 verwijderen</translation>
    </message>
    <message>
        <source>Move the selected %1 up</source>
        <translation>De geselecteerde %1 omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move the selected %1 down</source>
        <translation>De geselecteerde %1 omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Project Properties</source>
        <translation>Projecteigenschappen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Algemeen</translation>
    </message>
    <message>
        <source>&amp;Brand</source>
        <translation>&amp;Huisstijl</translation>
    </message>
    <message>
        <source>In-class &amp;moments</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Community</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <source>The project is read-only: use Save As to keep changes</source>
        <translation>Het project is alleen-lezen: gebruik “Opslaan als” om wijzigingen te bewaren</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The programme&apos;s title, on the cover of the plan.</source>
        <translation>De titel van het programma, op het voorblad van het plan.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Opdrachtgever:</translation>
    </message>
    <message>
        <source>The client or organisation the plan is for.</source>
        <translation>De opdrachtgever of organisatie waarvoor het plan bestemd is.</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>&amp;Doelgroep:</translation>
    </message>
    <message>
        <source>Who the learners are.</source>
        <translation>Wie de deelnemers zijn.</translation>
    </message>
    <message>
        <source>Who designed the plan.</source>
        <translation>Wie het plan heeft ontworpen.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>A few sentences that open the plan document.</source>
        <translation>Een paar zinnen waarmee het plandocument opent.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Samenvatting:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language the plan document is written in.</source>
        <translation>De taal waarin het plandocument is geschreven.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Taa&amp;l:</translation>
    </message>
    <message>
        <source>Plan &amp;version:</source>
        <translation>Plan&amp;versie:</translation>
    </message>
    <message>
        <source>The version of the plan, shown on the cover (e.g. 1.0, 2.1 draft).</source>
        <translation>De versie van het plan, vermeld op het voorblad (bijv. 1.0, 2.1 concept).</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Voorbeeld van het logo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose a PNG or SVG logo for the cover and the header of the plan</source>
        <translation>Kies een PNG- of SVG-logo voor het voorblad en de koptekst van het plan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Print the plan without a logo</source>
        <translation>Het plan zonder logo afdrukken</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>The colour of headings and rules in the plan document</source>
        <translation>De kleur van koppen en lijnen in het plandocument</translation>
    </message>
    <message>
        <source>&amp;Accent colour:</source>
        <translation>Acce&amp;ntkleur:</translation>
    </message>
    <message>
        <source>e.g. Confidential — prepared for the client</source>
        <translation>bijv. Vertrouwelijk – opgesteld voor de opdrachtgever</translation>
    </message>
    <message>
        <source>Footer text</source>
        <translation>Voettekst</translation>
    </message>
    <message>
        <source>Printed at the foot of every page of the plan.</source>
        <translation>Wordt onder aan elke pagina van het plan afgedrukt.</translation>
    </message>
    <message>
        <source>&amp;Footer text:</source>
        <translation>Voet&amp;tekst:</translation>
    </message>
    <message>
        <source>The times learners are together, face-to-face or online. Activities before and after class are due relative to these.</source>
        <translation>De momenten waarop deelnemers samen zijn, op locatie of online. Deadlines van activiteiten vooraf en achteraf worden vanaf deze bijeenkomsten gerekend.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Place or link</source>
        <translation>Locatie of link</translation>
    </message>
    <message>
        <source>In-class moments</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>Class session %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>moment</source>
        <translation>bijeenkomst</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Person or function</source>
        <translation>Persoon of functie</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Community roles</source>
        <translation>Communityrollen</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Rules of use (one per line)</source>
        <translation>Spelregels (één per regel)</translation>
    </message>
    <message>
        <source>Rules of use, one per line</source>
        <translation>Spelregels, één per regel</translation>
    </message>
    <message>
        <source>e.g. Post in the group, not by private message</source>
        <translation>bijv. Plaats berichten in de groep, niet via privéberichten</translation>
    </message>
    <message>
        <source>Sub-groups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groep %1</translation>
    </message>
    <message>
        <source>sub-group</source>
        <translation>subgroep</translation>
    </message>
    <message>
        <source>Evaluation plan</source>
        <translation>Evaluatieplan</translation>
    </message>
    <message>
        <source>How the programme&apos;s effect is measured: reaction, learning, behaviour, results</source>
        <translation>Hoe het effect van het programma wordt gemeten: reactie, leren, gedrag, resultaten</translation>
    </message>
    <message>
        <source>Evaluation &amp;plan:</source>
        <translation>Evaluatie&amp;plan:</translation>
    </message>
    <message>
        <source> tools</source>
        <translation> tools</translation>
    </message>
    <message>
        <source>Most different tools before the advisor warns</source>
        <translation>Maximumaantal verschillende tools voordat de ontwerpadviseur waarschuwt</translation>
    </message>
    <message>
        <source>The design advisor warns when the plan uses more different tools than this.</source>
        <translation>De ontwerpadviseur waarschuwt als het plan meer verschillende tools gebruikt dan dit aantal.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Accent colour %1</source>
        <translation>Accentkleur %1</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Afbeeldingen (*.png *.svg)</translation>
    </message>
    <message>
        <source>“%1” is larger than 2 MB. Use a smaller PNG or an SVG.</source>
        <translation>“%1” is groter dan 2 MB. Gebruik een kleinere PNG of een SVG.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or SVG image that Blendwise can read.</source>
        <translation>“%1” is geen PNG- of SVG-afbeelding die Blendwise kan lezen.</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Accentkleur</translation>
    </message>
    <message>
        <source>Give the project a title; it heads the plan&apos;s cover.</source>
        <translation>Geef het project een titel; die staat bovenaan het voorblad van het plan.</translation>
    </message>
    <message>
        <source>In-class moment %1 needs a name.</source>
        <translation>Bijeenkomst %1 heeft een naam nodig.</translation>
    </message>
    <message>
        <source>In-class moment “%1” needs a start date and time.</source>
        <translation>Bijeenkomst “%1” heeft een begindatum en -tijd nodig.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must last at least one minute.</source>
        <translation>Bijeenkomst “%1” moet minstens één minuut duren.</translation>
    </message>
    <message>
        <source>In-class moment “%1” cannot last more than %2 minutes.</source>
        <translation>Bijeenkomst “%1” kan niet langer dan %2 minuten duren.</translation>
    </message>
    <message>
        <source>In-class moment “%1” must start between the years %2 and %3.</source>
        <translation>Bijeenkomst “%1” moet beginnen tussen de jaren %2 en %3.</translation>
    </message>
    <message>
        <source>Role %1 is empty: say who takes it or what they do, or remove it.</source>
        <translation>Rol %1 is leeg: geef aan wie de rol vervult of wat die persoon doet, of verwijder de rol.</translation>
    </message>
    <message>
        <source>Sub-group %1 needs a name.</source>
        <translation>Subgroep %1 heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have fewer than zero members.</source>
        <translation>Subgroep “%1” kan niet minder dan nul leden hebben.</translation>
    </message>
    <message>
        <source>Sub-group “%1” cannot have more than %2 members.</source>
        <translation>Subgroep “%1” kan niet meer dan %2 leden hebben.</translation>
    </message>
    <message>
        <source>Edit project properties</source>
        <translation>Projecteigenschappen bewerken</translation>
    </message>
    <message>
        <source>Aut&amp;hor:</source>
        <translation>A&amp;uteur:</translation>
    </message>
    <message>
        <source>%1 (not translated)</source>
        <translation>%1 (niet vertaald)</translation>
    </message>
    <message>
        <source>Other kind</source>
        <translation>Ander type</translation>
    </message>
    <message>
        <source>The name of the kind when the role is of another kind, e.g. Sponsor</source>
        <translation>De naam van het type als de rol van een ander type is, bijv. sponsor</translation>
    </message>
    <message>
        <source>Warn when the plan uses &amp;more than:</source>
        <translation>Waarschuwen bij &amp;meer dan:</translation>
    </message>
    <message>
        <source>The designer&apos;s name for this kind of role, e.g. Sponsor</source>
        <translation>De naam die de ontwerper aan dit type rol geeft, bijv. sponsor</translation>
    </message>
    <message>
        <source>Choose “%1” as the role to name a kind of your own</source>
        <translation>Kies “%1” als type om zelf een type te benoemen</translation>
    </message>
    <message>
        <source>Role %1 is of another kind: name the kind, e.g. Sponsor.</source>
        <translation>Rol %1 is van een ander type: geef het type een naam, bijv. sponsor.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ProjectSession</name>
    <message>
        <source>less than a minute</source>
        <translation>minder dan een minuut</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minuut</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n uur</numerusform>
            <numerusform>%n uur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the recovery copy: %1</source>
        <translation>De herstelkopie kon niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before going on?</source>
        <translation>“%1” bevat wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise);;All files (*)</source>
        <translation>Blendwise-projecten (*.blendwise);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Project Already Open</source>
        <translation>Project is al geopend</translation>
    </message>
    <message>
        <source>“%1” is already open in another window of this Blendwise; that window was brought to the front.</source>
        <translation>“%1” is al geopend in een ander Blendwise-venster; dat venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>an unknown user</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Project Locked on Another Computer</source>
        <translation>Project vergrendeld op een andere computer</translation>
    </message>
    <message>
        <source>“%1” is locked by Blendwise on the computer “%2” (user %3, process %4) for %5.

If that studio crashed, you can take the project over. If it is in fact still open there, taking over means both of you edit the file and one will overwrite the other&apos;s work.

Open it read-only instead, or take it over?</source>
        <translation>“%1” is vergrendeld door Blendwise op de computer “%2” (gebruiker %3, proces %4); duur van de vergrendeling: %5.

Als de studio daar is vastgelopen, kunt u het project overnemen. Is het daar in werkelijkheid nog geopend, dan bewerkt u na het overnemen allebei het bestand en overschrijft de een het werk van de ander.

Wilt u het project in plaats daarvan alleen-lezen openen, of het overnemen?</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Take Over</source>
        <translation>&amp;Overnemen</translation>
    </message>
    <message>
        <source>Cannot Take Over</source>
        <translation>Overnemen niet mogelijk</translation>
    </message>
    <message>
        <source>The lock on “%1” is still held by a running process; it was not broken.</source>
        <translation>De vergrendeling van “%1” is nog in handen van een actief proces; deze is niet opgeheven.</translation>
    </message>
    <message>
        <source>another Blendwise window (process %1 of %2 on %3, for %4)</source>
        <translation>een ander Blendwise-venster (proces %1, gebruiker %2, computer %3, duur %4)</translation>
    </message>
    <message>
        <source>another Blendwise window</source>
        <translation>een ander Blendwise-venster</translation>
    </message>
    <message>
        <source>“%1” is being edited in %2. Open it read-only? You can still save a copy under another name with Save As.</source>
        <translation>“%1” wordt bewerkt in %2. Alleen-lezen openen? U kunt met “Opslaan als” nog steeds een kopie onder een andere naam opslaan.</translation>
    </message>
    <message>
        <source>“%1” is already open in this window.</source>
        <translation>“%1” is al geopend in dit venster.</translation>
    </message>
    <message>
        <source>Cannot Open Project</source>
        <translation>Project kan niet worden geopend</translation>
    </message>
    <message>
        <source>The file is write-protected: opened read-only. Use Save As to keep changes.</source>
        <translation>Het bestand is tegen schrijven beveiligd en is alleen-lezen geopend. Gebruik “Opslaan als” om wijzigingen te bewaren.</translation>
    </message>
    <message>
        <source>Opened a project from an older Blendwise; saving will upgrade the file.</source>
        <translation>Project uit een oudere versie van Blendwise geopend; bij het opslaan wordt het bestand bijgewerkt.</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Blendwise projects (*.blendwise)</source>
        <translation>Blendwise-projecten (*.blendwise)</translation>
    </message>
    <message>
        <source>Cannot Save Project</source>
        <translation>Project kan niet worden opgeslagen</translation>
    </message>
    <message>
        <source>“%1” is open in another Blendwise window; saving here would overwrite its work. Choose another name.</source>
        <translation>“%1” is geopend in een ander Blendwise-venster; hier opslaan zou het werk daar overschrijven. Kies een andere naam.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Herstellen niet mogelijk</translation>
    </message>
    <message>
        <source>Recovered older work as an untitled project: “%1” was saved after this copy and stays as it is.</source>
        <translation>Ouder werk hersteld als naamloos project: “%1” is na deze kopie opgeslagen en blijft ongewijzigd.</translation>
    </message>
    <message>
        <source>Recovered unsaved work. Save to keep it.</source>
        <translation>Niet-opgeslagen werk hersteld. Sla het op om het te bewaren.</translation>
    </message>
</context>
<context>
    <name>bw::ui::PublishDialog</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>een onbekend tijdstip</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <source>Changed by %1 at %2 since you read it.</source>
        <translation>Gewijzigd door %1 op %2, nadat u het had gelezen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Vaak geblokkeerd</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructie</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Deliverable</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Meerwaarde</translation>
    </message>
    <message>
        <source>Publish the project as a &amp;template</source>
        <translation>Het project als &amp;sjabloon publiceren</translation>
    </message>
    <message>
        <source>Publish to Team Library</source>
        <translation>Publiceren in teambibliotheek</translation>
    </message>
    <message>
        <source>(untitled activity)</source>
        <translation>(naamloze activiteit)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Activities to publish as &amp;patterns:</source>
        <translation>Activiteiten die als patr&amp;onen worden gepubliceerd:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiceren</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergelijken…</translation>
    </message>
    <message>
        <source>Library&apos;s version and yours</source>
        <translation>Versie van de bibliotheek en uw versie</translation>
    </message>
    <message>
        <source>%1%2 — library: %3 — yours: %4</source>
        <translation>%1%2 — bibliotheek: %3 — uw versie: %4</translation>
    </message>
    <message>
        <source>Give the template a name.</source>
        <translation>Geef het sjabloon een naam.</translation>
    </message>
    <message>
        <source>Choose what to publish.</source>
        <translation>Kies wat u wilt publiceren.</translation>
    </message>
    <message>
        <source>No team library is set up (Edit ▸ Team Library Settings…).</source>
        <translation>Er is geen teambibliotheek ingesteld (Bewerken ▸ Instellingen teambibliotheek…).</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Bezig met publiceren…</translation>
    </message>
    <message>
        <source>“%1” was not published: %2 Compare the two versions, or Close to keep yours here.</source>
        <translation>“%1” is niet gepubliceerd: %2 Vergelijk de twee versies, of kies Sluiten om uw versie hier te behouden.</translation>
    </message>
    <message>
        <source>Your library role may not publish: that needs the editor role (blendwise_editor). %1</source>
        <translation>Uw bibliotheekrol mag niet publiceren: daarvoor is de editorrol nodig (blendwise_editor). %1</translation>
    </message>
    <message>
        <source>The team library is offline: nothing was published. %1</source>
        <translation>De teambibliotheek is offline: er is niets gepubliceerd. %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Niet gepubliceerd: %1</translation>
    </message>
    <message>
        <source>Publish the project&apos;s one &amp;tool</source>
        <translation>De &amp;tool van het project publiceren</translation>
    </message>
    <message>
        <source>Publish the project&apos;s %1 &amp;tools</source>
        <translation>De %1 &amp;tools van het project publiceren</translation>
    </message>
    <message>
        <source>Published 1 item to the team library.</source>
        <translation>1 item gepubliceerd in de teambibliotheek.</translation>
    </message>
    <message>
        <source>Published %1 items to the team library.</source>
        <translation>%1 items gepubliceerd in de teambibliotheek.</translation>
    </message>
</context>
<context>
    <name>bw::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Geen recente projecten</translation>
    </message>
    <message>
        <source>Clear Recent Projects</source>
        <translation>Lijst met recente projecten wissen</translation>
    </message>
</context>
<context>
    <name>bw::ui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Blendwise did not close normally last time. These copies of unsaved work were kept. Recover one to continue where you left off; your project file has not been changed. A copy older than its file is marked: its file holds newer work.</source>
        <translation>Blendwise is de vorige keer niet normaal afgesloten. Deze kopieën van niet-opgeslagen werk zijn bewaard. Herstel er een om verder te gaan waar u was gebleven; uw projectbestand is niet gewijzigd. Een kopie die ouder is dan het bijbehorende bestand, is gemarkeerd: dat bestand bevat nieuwer werk.</translation>
    </message>
    <message>
        <source>Recovery copies</source>
        <translation>Herstelkopieën</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Open the selected copy; Save writes it to its original file</source>
        <translation>De geselecteerde kopie openen; Opslaan schrijft deze naar het oorspronkelijke bestand</translation>
    </message>
    <message>
        <source>Delete the selected copy for good</source>
        <translation>De geselecteerde kopie definitief verwijderen</translation>
    </message>
    <message>
        <source>Keep the copies and decide at the next start</source>
        <translation>De kopieën bewaren en bij de volgende start beslissen</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Naamloos project</translation>
    </message>
    <message>
        <source>never saved</source>
        <translation>nooit opgeslagen</translation>
    </message>
    <message>
        <source>%1
%2 — copy of %3</source>
        <translation>%1
%2 – kopie van %3</translation>
    </message>
    <message>
        <source>The file was saved after this copy (%1) and holds newer work. Recover opens this copy as an untitled project.</source>
        <translation>Het bestand is na deze kopie (%1) opgeslagen en bevat nieuwer werk. Herstellen opent deze kopie als naamloos project.</translation>
    </message>
    <message>
        <source>The file already holds this work.</source>
        <translation>Het bestand bevat dit werk al.</translation>
    </message>
    <message>
        <source>The file is no longer there; this copy is the only one.</source>
        <translation>Het bestand bestaat niet meer; deze kopie is de enige.</translation>
    </message>
</context>
<context>
    <name>bw::ui::RetireToolDialog</name>
    <message>
        <source>Retire “%1” in the Team Library</source>
        <translation>“%1” uitfaseren in de teambibliotheek</translation>
    </message>
    <message>
        <source>Retire “%1” for the whole team. Every project that uses it is offered the replacement in Update from Team Library, and the advisor points at it. This project is not changed here.</source>
        <translation>“%1” uitfaseren voor het hele team. Elk project dat de tool gebruikt krijgt de vervanger aangeboden bij Bijwerken vanuit teambibliotheek, en de adviseur wijst erop. Dit project verandert hier niet.</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Vervangen door:</translation>
    </message>
    <message>
        <source>Re&amp;tire for the Team</source>
        <translation>Voor het team &amp;uitfaseren</translation>
    </message>
    <message>
        <source>Asking the team library…</source>
        <translation>Teambibliotheek wordt geraadpleegd…</translation>
    </message>
    <message>
        <source>The team library is offline: nothing can be retired now.</source>
        <translation>De teambibliotheek is offline: er kan nu niets worden uitgefaseerd.</translation>
    </message>
    <message>
        <source>The team library could not be read: %1</source>
        <translation>De teambibliotheek kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Only a team library admin can retire a tool for the whole team. Ask your library&apos;s admin, or use Publish to Team Library for your own changes.</source>
        <translation>Alleen een beheerder van de teambibliotheek kan een tool voor het hele team uitfaseren. Vraag het de beheerder van uw bibliotheek, of gebruik Publiceren in teambibliotheek voor uw eigen wijzigingen.</translation>
    </message>
    <message>
        <source>(no replacement)</source>
        <translation>(geen vervanger)</translation>
    </message>
    <message>
        <source>Retiring “%1”…</source>
        <translation>“%1” wordt uitgefaseerd…</translation>
    </message>
    <message>
        <source>The library refused: only its admin can retire a tool (%1).</source>
        <translation>De bibliotheek weigerde: alleen haar beheerder kan een tool uitfaseren (%1).</translation>
    </message>
    <message>
        <source>The team library went offline: “%1” was not retired. Try again later.</source>
        <translation>De teambibliotheek ging offline: “%1” is niet uitgefaseerd. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>“%1” was not retired: %2</source>
        <translation>“%1” is niet uitgefaseerd: %2</translation>
    </message>
</context>
<context>
    <name>bw::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Objectives list</source>
        <translation>Lijst met leerdoelen</translation>
    </message>
    <message>
        <source>Add an objective after the selected one</source>
        <translation>Een leerdoel toevoegen na het geselecteerde leerdoel</translation>
    </message>
    <message>
        <source>Edit the statement in place</source>
        <translation>De formulering ter plekke bewerken</translation>
    </message>
    <message>
        <source>Delete the objective</source>
        <translation>Het leerdoel verwijderen</translation>
    </message>
    <message>
        <source>Move the objective up / down</source>
        <translation>Het leerdoel omhoog / omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Select the previous / next objective</source>
        <translation>Het vorige / volgende leerdoel selecteren</translation>
    </message>
    <message>
        <source>Activity board</source>
        <translation>Activiteitenbord</translation>
    </message>
    <message>
        <source>Previous / next card in the lane</source>
        <translation>Vorige / volgende kaart in de kolom</translation>
    </message>
    <message>
        <source>Go to the lane on the left / right</source>
        <translation>Naar de kolom links / rechts</translation>
    </message>
    <message>
        <source>Add an activity in the focused lane</source>
        <translation>Een activiteit toevoegen in de kolom met de focus</translation>
    </message>
    <message>
        <source>Edit the card&apos;s title in place</source>
        <translation>De titel van de kaart ter plekke bewerken</translation>
    </message>
    <message>
        <source>Open the card in the inspector</source>
        <translation>De kaart openen in het paneel Eigenschappen</translation>
    </message>
    <message>
        <source>Delete the card</source>
        <translation>De kaart verwijderen</translation>
    </message>
    <message>
        <source>Move the card up / down in its lane</source>
        <translation>De kaart omhoog / omlaag verplaatsen in de kolom</translation>
    </message>
    <message>
        <source>Move the card to the previous / next phase</source>
        <translation>De kaart naar de vorige / volgende fase verplaatsen</translation>
    </message>
    <message>
        <source>Move the card to the previous / next objective</source>
        <translation>De kaart naar het vorige / volgende leerdoel verplaatsen</translation>
    </message>
    <message>
        <source>Drag a card: reorder, change phase, or drop it on another objective</source>
        <translation>Een kaart slepen: de volgorde wijzigen, de fase wijzigen of de kaart op een ander leerdoel neerzetten</translation>
    </message>
    <message>
        <source>Mouse</source>
        <translation>Muis</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Direction: one-to-many / many-to-one / many-to-many</source>
        <translation>Richting: één-op-veel / veel-op-één / veel-op-veel</translation>
    </message>
    <message>
        <source>Back to the card on the board</source>
        <translation>Terug naar de kaart op het bord</translation>
    </message>
    <message>
        <source>Tool picker: open the ranked list</source>
        <translation>Toolkiezer: de gerangschikte lijst openen</translation>
    </message>
    <message>
        <source>Tool picker: take the best match / restore the tool</source>
        <translation>Toolkiezer: de beste match overnemen / de tool herstellen</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Tussen panelen wisselen</translation>
    </message>
</context>
<context>
    <name>bw::ui::TeamTemplateDialog</name>
    <message>
        <source>New from Team Template</source>
        <translation>Nieuw vanuit teamsjabloon</translation>
    </message>
    <message>
        <source>&amp;Templates in the team library:</source>
        <translation>&amp;Sjablonen in de teambibliotheek:</translation>
    </message>
    <message>
        <source>Reading the team library…</source>
        <translation>Teambibliotheek wordt gelezen…</translation>
    </message>
    <message>
        <source>The team library cannot be read: %1</source>
        <translation>De teambibliotheek kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1
published by %2, %3</source>
        <translation>%1
gepubliceerd door %2, %3</translation>
    </message>
    <message>
        <source>%1 — %2
published by %3, %4</source>
        <translation>%1 — %2
gepubliceerd door %3, %4</translation>
    </message>
    <message>
        <source>The team library holds no templates yet. File ▸ Publish to Team Library… publishes a project as one.</source>
        <translation>De teambibliotheek bevat nog geen sjablonen. Bestand ▸ Publiceren in teambibliotheek… publiceert een project als sjabloon.</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>“%1” wordt geopend…</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>“%1” is no longer in the team library.</source>
        <translation>“%1” staat niet meer in de teambibliotheek.</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolCatalogueDialog</name>
    <message>
        <source>Tool Catalogue</source>
        <translation>Toolcatalogus</translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation>Tools zoeken</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filteren op type</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Tools of the project</source>
        <translation>Tools van het project</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Add a new tool to the project&apos;s catalogue</source>
        <translation>Een nieuwe tool toevoegen aan de catalogus van het project</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected tool (or press Enter, or double-click it)</source>
        <translation>De geselecteerde tool bewerken (of druk op Enter, of dubbelklik erop)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Remove the selected tool; activities that use it are left without a tool</source>
        <translation>De geselecteerde tool verwijderen; activiteiten die de tool gebruiken, blijven zonder tool achter</translation>
    </message>
    <message>
        <source>Add from &amp;built-in catalogue…</source>
        <translation>Toevoegen uit de &amp;standaardcatalogus…</translation>
    </message>
    <message>
        <source>Add tools from Blendwise&apos;s catalogue that this project does not have yet</source>
        <translation>Tools uit de Blendwise-catalogus toevoegen die dit project nog niet heeft</translation>
    </message>
    <message>
        <source>Every tool of the built-in catalogue is already in this project</source>
        <translation>Alle tools uit de standaardcatalogus zitten al in dit project</translation>
    </message>
    <message>
        <source>“%1” is used by 1 activity, which will be left without a tool.</source>
        <translation>“%1” wordt gebruikt door 1 activiteit, die dan zonder tool komt te staan.</translation>
    </message>
    <message>
        <source>“%1” is used by %2 activities, which will be left without a tool.</source>
        <translation>“%1” wordt gebruikt door %2 activiteiten, die dan zonder tool komen te staan.</translation>
    </message>
    <message>
        <source>Delete Tool</source>
        <translation>Tool verwijderen</translation>
    </message>
    <message>
        <source>You can undo this with Undo.</source>
        <translation>U kunt dit terugdraaien met Ongedaan maken.</translation>
    </message>
    <message>
        <source>&amp;Delete Tool</source>
        <translation>Tool &amp;verwijderen</translation>
    </message>
    <message>
        <source>Add from the Built-in Catalogue</source>
        <translation>Toevoegen uit de standaardcatalogus</translation>
    </message>
    <message>
        <source>Built-in tools not in the project</source>
        <translation>Standaardtools die niet in het project zitten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Tick the tools to add to this project:</source>
        <translation>Vink de tools aan die u aan dit project wilt toevoegen:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add tool “%1”</source>
        <translation>Tool “%1” toevoegen</translation>
    </message>
    <message>
        <source>Add %1 tools from the catalogue</source>
        <translation>%1 tools uit de catalogus toevoegen</translation>
    </message>
    <message>
        <source>&amp;Retire in Team Library…</source>
        <translation>In teambibliotheek &amp;uitfaseren…</translation>
    </message>
    <message>
        <source>Retire the selected tool for the whole team, with the tool to use instead</source>
        <translation>De geselecteerde tool voor het hele team uitfaseren, met de tool die ervoor in de plaats komt</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolEditDialog</name>
    <message>
        <source>Edit Tool</source>
        <translation>Tool bewerken</translation>
    </message>
    <message>
        <source>New Tool</source>
        <translation>Nieuwe tool</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>The name learners know the tool by; unique in this project.</source>
        <translation>De naam waaronder deelnemers de tool kennen; uniek binnen dit project.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Supports %1</source>
        <translation>Ondersteunt %1</translation>
    </message>
    <message>
        <source>Content goes out from the trainer to the learners.</source>
        <translation>Inhoud gaat van de trainer naar de deelnemers.</translation>
    </message>
    <message>
        <source>Learners report back to the trainer.</source>
        <translation>Deelnemers koppelen terug naar de trainer.</translation>
    </message>
    <message>
        <source>Learners share with each other.</source>
        <translation>Deelnemers delen met elkaar.</translation>
    </message>
    <message>
        <source>Learners need a new personal &amp;account</source>
        <translation>Deelnemers hebben een nieuw persoonlijk &amp;account nodig</translation>
    </message>
    <message>
        <source>Learners already use it at work: the advisor and the tool picker prefer it.</source>
        <translation>Deelnemers gebruiken de tool al op het werk: de ontwerpadviseur en de toolkiezer geven er de voorkeur aan.</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Toegang:</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>freemium</source>
        <translation>freemium</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>betaald</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>met licentie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>&amp;Cost:</source>
        <translation>&amp;Kosten:</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadres:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Opvolger</translation>
    </message>
    <message>
        <source>The active tool that takes over from this retired one.</source>
        <translation>De actieve tool die deze uitgefaseerde tool vervangt.</translation>
    </message>
    <message>
        <source>&amp;Replaced by:</source>
        <translation>Ve&amp;rvangen door:</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What the tool is, in one or two sentences.</source>
        <translation>Wat de tool is, in één of twee zinnen.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>Learner benefit</source>
        <translation>Meerwaarde voor deelnemers</translation>
    </message>
    <message>
        <source>What learners gain from using it; offered as the default benefit of activities.</source>
        <translation>Wat deelnemers eraan hebben; wordt aangeboden als standaardmeerwaarde van activiteiten.</translation>
    </message>
    <message>
        <source>Learner &amp;benefit:</source>
        <translation>&amp;Meerwaarde voor deelnemers:</translation>
    </message>
    <message>
        <source>Access notes</source>
        <translation>Toelichting toegang</translation>
    </message>
    <message>
        <source>Accounts, licences, firewalls, devices.</source>
        <translation>Accounts, licenties, firewalls, apparaten.</translation>
    </message>
    <message>
        <source>Access &amp;notes:</source>
        <translation>Toelichting &amp;toegang:</translation>
    </message>
    <message>
        <source>Setup checklist</source>
        <translation>Checklist voor inrichting</translation>
    </message>
    <message>
        <source>One step per line.</source>
        <translation>Eén stap per regel.</translation>
    </message>
    <message>
        <source>The organiser&apos;s setup checklist, one step per line; printed in the tools appendix.</source>
        <translation>De checklist voor inrichting voor de organisator, één stap per regel; wordt afgedrukt in de bijlage met tools.</translation>
    </message>
    <message>
        <source>&amp;Setup checklist:</source>
        <translation>&amp;Checklist voor inrichting:</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Give the tool a name.</source>
        <translation>Geef de tool een naam.</translation>
    </message>
    <message>
        <source>The project already has a tool called “%1”.</source>
        <translation>Het project heeft al een tool met de naam “%1”.</translation>
    </message>
    <message>
        <source>The web address should be complete, such as https://example.com.</source>
        <translation>Het webadres moet volledig zijn, bijvoorbeeld https://example.com.</translation>
    </message>
    <message>
        <source>What the tool is for: discussion, content, co-creation, speeding up the process, live meetings, surveys, e-learning modules on an LMS, or video.</source>
        <translation>Waarvoor de tool dient: discussie, inhoud, samen creëren, het proces versnellen, online vergaderen, enquêtes, e-learningmodules in een LMS of video.</translation>
    </message>
    <message>
        <source>Suits these directions:</source>
        <translation>Geschikt voor deze richtingen:</translation>
    </message>
    <message>
        <source>Everyone uses it at the &amp;same time (synchronous)</source>
        <translation>Iedereen gebruikt de tool tegelijk (&amp;synchroon)</translation>
    </message>
    <message>
        <source>Company networks often &amp;block it</source>
        <translation>Bedrijfsnetwerken blokkeren de tool &amp;vaak</translation>
    </message>
    <message>
        <source>The client already &amp;provides it to learners</source>
        <translation>De o&amp;pdrachtgever stelt de tool al beschikbaar aan deelnemers</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolPicker</name>
    <message>
        <source>Client-provided</source>
        <translation>Aangeboden door opdrachtgever</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Uitgefaseerd → %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Often blocked</source>
        <translation>Vaak geblokkeerd</translation>
    </message>
    <message>
        <source>Type to search tools…</source>
        <translation>Typ om tools te zoeken…</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Type to search the project&apos;s tools; Down opens the ranked list, Enter picks, Esc cancels.</source>
        <translation>Typ om de tools van het project te doorzoeken; Pijl-omlaag opent de gerangschikte lijst, Enter kiest, Esc annuleert.</translation>
    </message>
    <message>
        <source>Show the tools that fit this activity</source>
        <translation>De tools tonen die bij deze activiteit passen</translation>
    </message>
    <message>
        <source>Suggested tools</source>
        <translation>Voorgestelde tools</translation>
    </message>
    <message>
        <source>Watch out:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>New tool…</source>
        <translation>Nieuwe tool…</translation>
    </message>
    <message>
        <source>New tool “%1”…</source>
        <translation>Nieuwe tool “%1”…</translation>
    </message>
    <message>
        <source>Add a tool to the project&apos;s catalogue and use it for this activity</source>
        <translation>Een tool aan de catalogus van het project toevoegen en voor deze activiteit gebruiken</translation>
    </message>
    <message>
        <source>Add tool “%1” and use it</source>
        <translation>Tool “%1” toevoegen en gebruiken</translation>
    </message>
    <message>
        <source>Face to face, e.g. a role-play: no tool is needed</source>
        <translation>Op locatie, bijv. een rollenspel: er is geen tool nodig</translation>
    </message>
    <message>
        <source>The activity deliberately needs no tool: the advisor will not ask for one</source>
        <translation>De activiteit heeft bewust geen tool nodig: de ontwerpadviseur vraagt er niet om</translation>
    </message>
    <message>
        <source>No tool chosen yet</source>
        <translation>Nog geen tool gekozen</translation>
    </message>
    <message>
        <source>Leave the activity without a tool for now</source>
        <translation>De activiteit voorlopig zonder tool laten</translation>
    </message>
    <message>
        <source>No tool — in the room</source>
        <translation>Geen tool – in de ruimte</translation>
    </message>
</context>
<context>
    <name>bw::ui::ToolTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Retired → %1</source>
        <translation>Uitgefaseerd → %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Richtingen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Opdrachtgever</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Gebruikt door</translation>
    </message>
    <message>
        <source>Everyone uses it at the same time</source>
        <translation>Iedereen gebruikt de tool tegelijk</translation>
    </message>
    <message>
        <source>Learners need a new personal account</source>
        <translation>Deelnemers hebben een nieuw persoonlijk account nodig</translation>
    </message>
    <message>
        <source>Number of activities that use the tool</source>
        <translation>Aantal activiteiten die de tool gebruiken</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nee: %1</translation>
    </message>
    <message>
        <source>Shown here only: change it with Edit…</source>
        <translation>Alleen ter informatie: wijzig dit via Bewerken…</translation>
    </message>
    <message>
        <source>Company networks often block it</source>
        <translation>Bedrijfsnetwerken blokkeren de tool vaak</translation>
    </message>
    <message>
        <source>The client already provides it to learners</source>
        <translation>De opdrachtgever stelt de tool al beschikbaar aan deelnemers</translation>
    </message>
</context>
<context>
    <name>bw::ui::VersionsDialog</name>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Versies van het plan</translation>
    </message>
    <message>
        <source>&amp;Mark Version…</source>
        <translation>Versie vastle&amp;ggen…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>&amp;Open Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Keep the plan as it is now as a named version</source>
        <translation>De huidige stand van het plan bewaren als benoemde versie</translation>
    </message>
    <message>
        <source>List what changed since the selected version in the Changes panel</source>
        <translation>In het paneel Wijzigingen tonen wat er sinds de geselecteerde versie is veranderd</translation>
    </message>
    <message>
        <source>Open the selected version in a window of its own; Save As there starts a new project from it</source>
        <translation>De geselecteerde versie in een eigen venster openen; met Opslaan als begint u daar een nieuw project mee</translation>
    </message>
    <message>
        <source>Put the plan back as the selected version holds it (Undo takes it back)</source>
        <translation>Het plan terugzetten naar de stand van de geselecteerde versie (met Ongedaan maken draait u dit terug)</translation>
    </message>
    <message>
        <source>Delete the selected version from the project file</source>
        <translation>De geselecteerde versie uit het projectbestand verwijderen</translation>
    </message>
    <message>
        <source>No version marked yet. Mark one when you send the plan to the client: you can then show what changed since.</source>
        <translation>Nog geen versie vastgelegd. Leg er een vast als u het plan naar de opdrachtgever stuurt: dan kunt u later laten zien wat er sindsdien is veranderd.</translation>
    </message>
    <message>
        <source>Versions are kept inside the project file and saved with it.</source>
        <translation>Versies worden in het projectbestand bewaard en samen met het project opgeslagen.</translation>
    </message>
    <message>
        <source>The plan is back as “%1” holds it. Edit ▸ Undo takes it back.</source>
        <translation>Het plan is teruggezet naar de stand van “%1”. Met Bewerken ▸ Ongedaan maken draait u dit terug.</translation>
    </message>
</context>
</TS>
