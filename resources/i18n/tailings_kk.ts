<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
  <context>
    <name>FacilityDockBody</name>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Analyse</source>
      <translation>Талдау</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Cancel</source>
      <translation>Болдырмау</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Click a facility on the map to show its record</source>
      <translation>Объектінің жазбасын көру үшін картада оны басыңыз</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Edit</source>
      <translation>Өңдеу</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that holds the facility name</source>
      <translation>Объект атауы сақталатын өріс</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that identifies each facility</source>
      <translation>Әр объектіні сәйкестендіретін өріс</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Layer</source>
      <translation>Қабат</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Map page</source>
      <translation>Карта беті</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Open the attribute form to edit the record (through the layer's edit buffer)</source>
      <translation>Жазбаны өңдеу үшін атрибуттар формасын ашу (қабаттың өңдеу буфері арқылы)</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Pick</source>
      <translation>Таңдау</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Search name, ID, operator, region, commodity (Latin or Cyrillic)</source>
      <translation>Атауы, ID, операторы, өңірі, пайдалы қазбасы бойынша іздеу (латын немесе кирилл әрпімен)</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>The facility layer: registry layers are recognised by their fields; any point or polygon layer can be used with the ID and name fields chosen below.</source>
      <translation>Объектілер қабаты: тізілім қабаттары өрістері бойынша танылады; кез келген нүктелік немесе полигондық қабатты төменде таңдалған ID және атау өрістерімен пайдалануға болады.</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom</source>
      <translation>Жақындату</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom to the facility and flash it on the map</source>
      <translation>Объектіге жақындап, оны картада жыпылықтатып көрсету</translation>
    </message>
  </context>
  <context>
    <name>Tailings</name>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="278" />
      <source> (constant velocity)</source>
      <translation> (тұрақты жылдамдық)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="385" />
      <source> (first {n} of {total})</source>
      <translation> (алғашқы {n}; барлығы: {total})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="42" />
      <source> (first {n} of {total}; all in the report)</source>
      <translation> ({total} ішінен {n}; барлығы — есепте)</translation>
    </message>
    <message>
      <source> (places up to {km:.1f} km from the river)</source>
      <translation type="obsolete"> (өзеннен {km:.1f} км-ге дейінгі жерлер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="152" />
      <source> (places up to {km} km from the river)</source>
      <translation> (өзеннен {km} км-ге дейінгі жерлер)</translation>
    </message>
    <message>
      <source> (up to {km:.1f} km)</source>
      <translation type="obsolete"> ({km:.1f} км-ге дейін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="163" />
      <source> (up to {km} km)</source>
      <translation> ({km} км-ге дейін)</translation>
    </message>
    <message>
      <source> after {h:.0f} h</source>
      <translation type="obsolete"> — {h:.0f} сағ өткен соң</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="78" />
      <source> after {h} h</source>
      <translation> — {h} сағ өткен соң</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="36" />
      <source>%n places</source>
      <translation>
        <numerusform>%n елді мекен</numerusform>
        <numerusform>%n елді мекен</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="323" />
      <source>%n years ago</source>
      <translation>
        <numerusform>%n жыл бұрын</numerusform>
        <numerusform>%n жыл бұрын</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="16" />
      <source>&amp;Tailings</source>
      <translation>&amp;Қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="385" />
      <source>'Render maps' needs the pathway layer; the report has no maps.</source>
      <translation>'Карталарды салу' үшін таралу жолдары қабаты қажет; есепте карталар болмайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="211" />
      <source>'{v}' is not a date (expected YYYY-MM-DD).</source>
      <translation>'{v}' күн емес (ЖЖЖЖ-АА-КК пішімі күтілген).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="65" />
      <source>'{v}' is not a number</source>
      <translation>«{v}» сан емес</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="191" />
      <source>'{v}' is not a number.</source>
      <translation>'{v}' сан емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="220" />
      <source>'{v}' is not one of: {choices}.</source>
      <translation>'{v}' мына мәндердің бірі емес: {choices}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="95" />
      <source>(layer)</source>
      <translation>(қабат)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="205" />
      <source>(layout)</source>
      <translation>(макет)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="62" />
      <source>(no name)</source>
      <translation>(атауы жоқ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="35" />
      <source>1. Facility registry</source>
      <translation>1. Қалдық қоймалары тізілімі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="56" />
      <source>10,000 – 100,000</source>
      <translation>10 000 – 100 000</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="57" />
      <source>100,000 – 1 million</source>
      <translation>100 000 – 1 млн</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="36" />
      <source>2. Hazard screening</source>
      <translation>2. Қауіптілікті алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="47" />
      <source>24–72 h</source>
      <translation>24–72 сағ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="37" />
      <source>3. Pathways and impact</source>
      <translation>3. Таралу жолдары және әсері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="48" />
      <source>3–7 days</source>
      <translation>3–7 тәулік</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="38" />
      <source>4. Maps and reports</source>
      <translation>4. Карталар мен есептер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="46" />
      <source>6–24 h</source>
      <translation>6–24 сағ</translation>
    </message>
    <message>
      <source>; exposed places lie up to {km:.1f} km from the river</source>
      <translation type="obsolete">; қауіп төнген елді мекендер өзеннен {km:.1f} км-ге дейін жерде орналасқан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="154" />
      <source>; exposed places lie up to {km} km from the river</source>
      <translation>; қауіп төнген елді мекендер өзеннен {km} км-ге дейін жерде орналасқан</translation>
    </message>
    <message>
      <source>; the farthest facility joined the river {km:.1f} km away (a straight overland leg)</source>
      <translation type="obsolete">; ең алыс объект өзенге {km:.1f} км қашықтықта қосылды (бет бойымен түзу учаске)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="165" />
      <source>; the farthest facility joined the river {km} km away (a straight overland leg)</source>
      <translation>; ең алыс объект өзенге {km} км қашықтықта қосылды (бет бойымен түзу учаске)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="55" />
      <source>&lt; 10,000</source>
      <translation>&lt; 10 000</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="45" />
      <source>&lt; 6 h</source>
      <translation>&lt; 6 сағ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="104" />
      <source>&lt;b&gt;A river along the border&lt;/b&gt; (the Zhaiyk/Ural, the Tobyl): changes of country that follow each other along the flow within the border tolerance are one border_stretch even when they lie on different reaches, so one river gives one row where it runs along the border, not one per reach (n_changes counts the changes; BORDER_TOLERANCE = 0 keeps every change). The stretch is placed at its first change, as in tailings:downstreamimpact; a stretch that comes back to the side it started from still carries the release into the neighbour and is listed as outgoing towards it. Crossings of different rivers are never merged.</source>
      <translation>&lt;b&gt;Шекара бойымен ағатын өзен&lt;/b&gt; (Жайық/Орал, Тобыл): шекара рұқсатының шегінде ағыс бойымен бірінен соң бірі келетін ел ауысулары әртүрлі учаскелерде жатса да бір border_stretch болады — өзен шекара бойымен ағатын жерде әр учаскеге бір жол емес, бір жол береді (n_changes — ауысулар саны; BORDER_TOLERANCE = 0 әр ауысуды сақтайды). Учаске tailings:downstreamimpact сияқты бірінші ауысу нүктесіне орналастырылады; бастапқы жағына қайта оралатын учаске де төгіндіні көршіге жеткізеді және соған қарай шығу ретінде көрсетіледі. Әртүрлі өзендердің қиылыстары ешқашан біріктірілмейді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="174" />
      <source>&lt;b&gt;Assumptions&lt;/b&gt;: every page states the run's scenario, velocity, corridor, snap distance, dispersion method and interval under the disclaimer (or in a template label with the id 'assumptions'): the text you give, else the 'assumptions' field of the facility rows, the layers' metadata, or what the pathways and exposed settlements show. The consequence class is labelled as the people inside the runout zone and shown beside the downstream exposure. PDF files carry a title, subject, author and keywords.</source>
      <translation>&lt;b&gt;Болжамдар&lt;/b&gt;: әр бетте ескертудің астында (немесе шаблонның 'assumptions' id-і бар жазуында) сценарий, жылдамдық, дәліз, байлау қашықтығы, дисперсия әдісі және интервал көрсетіледі: сіз берген мәтін, әйтпесе объектілердің 'assumptions' өрісі, қабаттардың метадеректері немесе жолдар мен қауіп төнген елді мекендер көрсететін мәліметтер. Салдар сыныбы таралу аймағындағы халық ретінде белгіленеді және ағыс бойымен төмендегі әсермен қатар көрсетіледі. PDF файлдарында атауы, тақырыбы, авторы және кілт сөздері бар.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="183" />
      <source>&lt;b&gt;Context&lt;/b&gt;: region (oblast) boundaries and names from the bundled sample, the capital and the regional centres always labelled, and relief shaded from the DEM you give (else from the bundled 5′ regional DEM, about 9 km cells: a backdrop, not terrain detail).</source>
      <translation>&lt;b&gt;Контекст&lt;/b&gt;: кірістірілген үлгідегі облыс шекаралары мен атаулары, астана мен облыс орталықтары әрқашан белгіленеді, жер бедері сіз берген биіктік моделінен көлеңкеленеді (әйтпесе кірістірілген 5′ өңірлік модельден, ұяшықтары шамамен 9 км: егжей-тегжей емес, фон).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="212" />
      <source>&lt;b&gt;Language&lt;/b&gt;: headings, column names and notes are written in the chosen language, whatever the language of QGIS. Exposed settlements are named in that language when the settlement layer (default: the bundled sample) has a field for it (name_ru, name_kk, or the field you give), matched by name and position, else by their original name.</source>
      <translation>&lt;b&gt;Тіл&lt;/b&gt;: тақырыптар, баған атаулары мен ескертпелер QGIS тіліне қарамастан таңдалған тілде жазылады. Елді мекендер қабатында (әдепкі: плагинмен бірге берілген үлгі деректер) сәйкес өріс болса (name_ru, name_kk немесе сіз көрсеткен өріс), әсерге ұшырайтын елді мекендердің атаулары осы тілде беріледі; олар атауы мен орны бойынша сәйкестендіріледі, әйтпесе бастапқы атаулары сақталады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="166" />
      <source>&lt;b&gt;Language&lt;/b&gt;: the texts the plugin writes on the page (captions, table headings, legend, time marks, disclaimer) are in the chosen language, whatever the language of QGIS; a text of your own template is translated only when it is one of the plugin's texts. Settlements are named in that language when the settlement layer has a field for it (name_ru, name_kk, or the field you give), else by their original name.</source>
      <translation>&lt;b&gt;Тіл&lt;/b&gt;: плагин бетке жазатын мәтіндер (жазулар, кесте тақырыптары, шартты белгілер, уақыт белгілері, ескерту) QGIS тіліне қарамастан таңдалған тілде болады; өз үлгіңіздегі мәтін плагин мәтіндерінің бірі болған жағдайда ғана аударылады. Елді мекендер қабатында сәйкес өріс болса (name_ru, name_kk немесе сіз көрсеткен өріс), елді мекендердің атаулары осы тілде беріледі, әйтпесе бастапқы атаулары қолданылады.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Order and parameters&lt;/b&gt;: facilities are ordered by risk (earliest arrival at a national border, then population reached within 24 h, then hazard index); the summary links to each facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, corridor, snap distance, dispersion method and interval: the text you give, what the analysis recorded (the 'assumptions' field, layer metadata), else what the outputs show. The consequence class counts the people inside the runout zone and is shown beside the downstream exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, concentrations to 3 significant figures).&lt;br&gt;&lt;b&gt;Images&lt;/b&gt;: written as JPEG files into a folder next to the HTML file (&lt;i&gt;name&lt;/i&gt;_files), which keeps the report small; tick 'Embed the images' for one self-contained file.</source>
      <translation type="obsolete">&lt;b&gt;Реті және параметрлер&lt;/b&gt;: объектілер қауіп бойынша реттеледі (алдымен мемлекеттік шекараға ең ерте жету, содан кейін 24 сағ ішінде жететін халық, содан кейін қауіптілік индексі); жиынтық әр объектінің бөліміне сілтейді. «Есептеу параметрлері мен болжамдар» бөлімі сценарийді, жылдамдықты, дәлізді, байлау қашықтығын, дисперсия әдісін және интервалды көрсетеді: сіз берген мәтін, талдау жазғаны ('assumptions' өрісі, қабат метадеректері), әйтпесе нәтижелер көрсететіні. Салдар сыныбы таралу аймағындағы халықты ғана есептейді және ағыс бойымен төмендегі әсермен қатар көрсетіледі. CSV және XLSX сандары дөңгелектенеді (км мен сағат 0,1-ге дейін, адамдар бүтінге дейін, концентрациялар 3 мәнді цифрға дейін).&lt;br&gt;&lt;b&gt;Суреттер&lt;/b&gt;: HTML файлының жанындағы қалтаға (&lt;i&gt;атауы&lt;/i&gt;_files) JPEG файлдары ретінде жазылады, бұл есепті шағын етеді; бір дербес файл үшін «Суреттерді ендіру» белгілеңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="196" />
      <source>&lt;b&gt;Order and parameters&lt;/b&gt;: facilities are ordered by risk (earliest arrival at a national border, then population reached within 24 h, then hazard index); the summary links to each facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, corridor, snap distance, dispersion method and interval: the text you give, what the analysis recorded (the 'assumptions' field, layer metadata), else what the outputs show. The consequence class counts the people inside the runout zone and is shown beside the downstream exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, concentrations to 3 significant figures).&lt;br&gt;&lt;b&gt;Images&lt;/b&gt;: written as JPEG files into a folder next to the HTML file (&lt;i&gt;name&lt;/i&gt;_files), which keeps the report small; tick 'Embed the images' for one self-contained file. Each facility's section shows its downstream profile (distance along the pathway against arrival and peak time, settlements sized by population, border crossings, 6/24/72 h marks, peak concentration with its band when a mass was given) as a PNG beside the map, when the pathways are given.</source>
      <translation>&lt;b&gt;Реті және параметрлер&lt;/b&gt;: объектілер қауіп бойынша реттеледі (алдымен мемлекеттік шекараға ең ерте жету, содан кейін 24 сағ ішінде жететін халық, содан кейін қауіптілік индексі); жиынтық әр объектінің бөліміне сілтейді. «Есептеу параметрлері мен болжамдар» бөлімі сценарийді, жылдамдықты, дәлізді, байлау қашықтығын, дисперсия әдісін және интервалды көрсетеді: сіз берген мәтін, талдау жазғаны ('assumptions' өрісі, қабат метадеректері), әйтпесе нәтижелер көрсететіні. Салдар сыныбы таралу аймағындағы халықты ғана есептейді және ағыс бойымен төмендегі әсермен қатар көрсетіледі. CSV және XLSX сандары дөңгелектенеді (км мен сағат 0,1-ге дейін, адамдар бүтінге дейін, концентрациялар 3 мәнді цифрға дейін).&lt;br&gt;&lt;b&gt;Суреттер&lt;/b&gt;: HTML файлының жанындағы қалтаға (&lt;i&gt;атауы&lt;/i&gt;_files) JPEG файлдары ретінде жазылады, бұл есепті шағын етеді; бір дербес файл үшін «Суреттерді ендіру» белгілеңіз. Әр объектінің бөлімінде оның ағыс бойымен төмендегі профилі көрсетіледі (жол бойындағы қашықтыққа қарсы жету және ең жоғары мән уақыты, халық санына қарай өлшемдегі елді мекендер, шекара қиылыстары, 6/24/72 сағ белгілері, масса берілсе ауытқуымен ең жоғары концентрация) — жолдар берілсе, картаның жанында PNG ретінде.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="126" />
      <source>&lt;br&gt;EXPOSED, CROSSINGS and SUMMARY are optional outputs (created by default in the dialog). SUMMARY flags: facilities processed despite a plausibility problem (empty_id, outside_crs_area, implausible_volume, implausible_mass: treated as missing; codes joined by ';').</source>
      <translation>&lt;br&gt;EXPOSED, CROSSINGS және SUMMARY — міндетті емес нәтижелер (диалогта әдепкі бойынша жасалады). SUMMARY ішіндегі flags өрісі: сенімділік мәселесіне қарамастан өңделген объектілер (empty_id, outside_crs_area, implausible_volume, implausible_mass: мән жоқ деп есептеледі; кодтар «;» арқылы).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="60" />
      <source>&lt;br&gt;end_reason network_end: the trace stopped where the river data stops (a reach whose downstream id points to no reach, or an end at the edge of the data away from the coast), not at a true outlet. SUMMARY flags: facilities processed despite a plausibility problem (empty_id, outside_crs_area; codes joined by ';').</source>
      <translation>&lt;br&gt;end_reason network_end: трасса өзен деректері біткен жерде тоқтады (ағыс бойымен төмендегі учаске идентификаторы ешбір учаскеге сілтемейтін учаске немесе жағалаудан алыс, деректер шетіндегі соңы), нағыз сағада емес. SUMMARY ішіндегі flags өрісі: сенімділік мәселесіне қарамастан өңделген объектілер (empty_id, outside_crs_area; кодтар «;» арқылы).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="58" />
      <source>&gt; 1 million</source>
      <translation>&gt; 1 млн</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="49" />
      <source>&gt; 7 days</source>
      <translation>&gt; 7 тәулік</translation>
    </message>
    <message>
      <source>A band factor must be 0 (use the data file) or at least 1, found {v:g}.</source>
      <translation type="obsolete">Ауқым коэффициенті 0 (деректер файлын қолдану) немесе кемінде 1 болуы керек, берілгені: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="201" />
      <source>A band factor must be 0 (use the data file) or at least 1, found {v}.</source>
      <translation>Ауқым коэффициенті 0 (деректер файлын қолдану) немесе кемінде 1 болуы керек, берілгені: {v}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="111" />
      <source>A consequence class index must be 0-4, found {v!r}.</source>
      <translation>Салдар сыныбының индексі 0-4 болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="279" />
      <source>A depression or flat larger than {n} cells was met; the path stops there.</source>
      <translation>{n} ұяшықтан үлкен ойпаң немесе тегіс аймақ кездесті; ағын жолы сол жерде тоқтайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/geodesy.py" line="210" />
      <source>A line needs at least two vertices; this one has {n}.</source>
      <translation>Сызықта кемінде екі төбе болуы керек; бұл сызықта {n} төбе бар.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="50" />
      <source>A pathway needs at least two lon/lat vertices.</source>
      <translation>Таралу жолында бойлық/ендікпен берілген кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="182" />
      <source>A pathway needs at least two vertices.</source>
      <translation>Таралу жолында кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="86" />
      <source>A t quantile needs 0 &lt; p &lt; 1 and dof &gt; 0.</source>
      <translation>t квантилі үшін 0 &lt; p &lt; 1 және dof &gt; 0 қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/upstream.py" line="354" />
      <source>A time limit needs the hydraulics (velocity) of the network.</source>
      <translation>Уақыт шегі үшін желінің гидравликасы (ағыс жылдамдығы) қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="347" />
      <source>A user scenario needs both a stored volume and a dam height (or neither).</source>
      <translation>Пайдаланушы сценарийіне қоймадағы көлем де, бөгет биіктігі де керек (немесе екеуі де емес).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>A3 landscape</source>
      <translation>A3, альбомдық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>A4 landscape</source>
      <translation>A4, альбомдық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="267" />
      <source>Add the downstream profile chart to each facility (needs the pathways)</source>
      <translation>Әр объектіге ағыс бойымен төмендегі профиль графигін қосу (жолдар қажет)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="195" />
      <source>Added to the project: {layers}.</source>
      <translation>Жобаға қосылды: {layers}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="19" />
      <source>Afghanistan</source>
      <translation>Ауғанстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="186" />
      <source>All facilities in one sortable, filterable table</source>
      <translation>Барлық нысан сұрыпталатын және сүзілетін бір кестеде</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="402" />
      <source>Along river, km</source>
      <translation>Өзен бойымен, км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="258" />
      <source>Also map facilities without a pathway</source>
      <translation>Таралу жолы жоқ объектілерді де картаға түсіру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="128" />
      <source>An analysis is already running; wait for it or cancel it.</source>
      <translation>Талдау қазір орындалып жатыр; оның аяқталуын күтіңіз немесе оны тоқтатыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="49" />
      <source>Area</source>
      <translation>Ауданы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="50" />
      <source>Area (ha)</source>
      <translation>Ауданы (га)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="20" />
      <source>Armenia</source>
      <translation>Армения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="425" />
      <source>Arrival</source>
      <translation>Жету уақыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="55" />
      <source>Arrival (days)</source>
      <translation>Жету уақыты, тәул</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="54" />
      <source>Arrival (h)</source>
      <translation>Жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="41" />
      <source>Arrival at the border (h)</source>
      <translation>Шекараға ағып жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="403" />
      <source>Arrival, h</source>
      <translation>Жету уақыты, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="99" />
      <source>Asset type</source>
      <translation>Нысан түрі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="108" />
      <source>Assumed slope used</source>
      <translation>Қабылданған еңіс қолданылды</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="279" />
      <source>Assumed slope where unknown (m/m; 0 = none: no concentration without slope)</source>
      <translation>Белгісіз жерде қабылданатын еңіс (м/м; 0 = жоқ: еңіс болмаса, концентрация есептелмейді)</translation>
    </message>
    <message>
      <source>Assumptions</source>
      <translation type="obsolete">Болжамдар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="110" />
      <source>Assumptions of the run</source>
      <translation>Есептің болжамдары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="267" />
      <source>Assumptions: see the parameters.</source>
      <translation>Болжамдар: параметрлерді қараңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="267" />
      <source>Assumptions: {text}</source>
      <translation>Болжамдар: {text}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="21" />
      <source>Azerbaijan</source>
      <translation>Әзірбайжан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="45" />
      <source>Bifurcations</source>
      <translation>Бифуркациялар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="37" />
      <source>Border</source>
      <translation>Шекара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="94" />
      <source>Border crossing</source>
      <translation>Шекара қиылысы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="148" />
      <source>Border crossing (arrival)</source>
      <translation>Шекара қиылысы (ағып жету уақыты)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="69" />
      <source>Border crossings</source>
      <translation>Шекара қиылыстары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="223" />
      <source>Border crossings (CROSSINGS)</source>
      <translation>Мемлекеттік шекараны кесіп өту нүктелері (CROSSINGS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="78" />
      <source>Border crossings (tailings:borderwatch SUMMARY)</source>
      <translation>Шекара қиылыстары (tailings:borderwatch SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="566" />
      <source>Border crossings not computed: give the CROSSINGS output of tailings:downstreamimpact.</source>
      <translation>Шекара қиылыстары есептелмеген: tailings:downstreamimpact алгоритмінің CROSSINGS нәтижесін беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="96" />
      <source>Border crossings: facilities upstream and arrival times</source>
      <translation>Шекара қиылыстары: ағыс бойымен жоғарыдағы объектілер және ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="173" />
      <source>Border stretch tolerance (km)</source>
      <translation>Шекаралық бөліктің рұқсат етілген ауытқуы (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="140" />
      <source>Border watch (crossing × facility)</source>
      <translation>Шекараны бақылау (қиылыс × объект)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="80" />
      <source>Border watch (facilities that reach each border crossing of a river)</source>
      <translation>Шекараны бақылау (ағызындысы өзеннің әр шекара қиылысына жететін объектілер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="126" />
      <source>Both</source>
      <translation>Екеуі де</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="108" />
      <source>Building the river network...</source>
      <translation>Өзен желісі құрылуда...</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="59" />
      <source>Builds the river network as Trace downstream pathways would and writes one point per finding: gaps closed by the node tolerance (joined_by_tolerance), tributaries joined mid-line, reaches starting on another reach (not linked), dangling ends (reaches ending without a downstream reach outside any lake), reaches ending in a terminal lake, cycles (reaches flowing into each other), bifurcations (two or more downstream reaches), downstream ids that do not exist, and empty, zero-length or invalid lines. Counts, and the number of separate drainage systems (disconnected parts), are written to the log and returned as outputs.</source>
      <translation>Өзен желісін «Ағыс бойымен төмен таралу жолдарын анықтау» алгоритмі сияқты құрады және әрбір анықталған мәселе үшін бір нүкте жазады: түйіндердің рұқсат етілген ауытқуы арқылы жабылған үзілістер (joined_by_tolerance), сызықтың ортасына қосылған салалар, басқа учаскеден басталатын учаскелер (жалғанбаған), бос ұштар (көлден тыс жерде ағыс бойымен төменгі учаскесіз аяқталатын учаскелер), ағынсыз көлде аяқталатын учаскелер, циклдар (бір-біріне ағатын учаскелер), бифуркациялар (ағыс бойымен төмен екі не одан көп учаске), жоқ төменгі учаске идентификаторлары, сондай-ақ бос, нөлдік ұзындықтағы немесе жарамсыз сызықтар. Олардың саны және бөлек су жинау жүйелерінің саны (бір-бірімен байланыспаған бөліктер) журналға жазылады және нәтиже ретінде қайтарылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="187" />
      <source>Cancel</source>
      <translation>Бас тарту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/common.py" line="110" />
      <source>Cancelled by the user.</source>
      <translation>Пайдаланушы тоқтатты.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="176" />
      <source>Cancelled by the user: no output was written.</source>
      <translation>Пайдаланушы тоқтатты: ешқандай нәтиже жазылған жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="78" />
      <source>Cannot connect to the database {db}: {reason}</source>
      <translation>{db} дерекқорына қосылу мүмкін емес: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="78" />
      <source>Cannot open the DEM {path}: {err}</source>
      <translation>ЖБСМ-ді ашу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="233" />
      <source>Cannot open the algorithm dialog: {error}</source>
      <translation>Алгоритм терезесін ашу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="142" />
      <source>Cannot open the river mask {path}: {err}</source>
      <translation>Өзен маскасын ашу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="187" />
      <source>Cannot read the DEM {path} (rows {r0}-{r1}, columns {c0}-{c1}): the file is damaged or truncated ({err}). Download or export it again.</source>
      <translation>ЖБСМ {path} оқылмады ({r0}–{r1} жолдар, {c0}–{c1} бағандар): файл бүлінген немесе толық емес ({err}). Оны қайта жүктеп алыңыз немесе қайта экспорттаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="408" />
      <source>Cannot rename the layer {old} to {layer} in {path}.</source>
      <translation>{path} ішіндегі {old} қабатының атауын {layer} деп өзгерту мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="388" />
      <source>Cannot update the GeoPackage {path}: it cannot be opened for writing.</source>
      <translation>{path} GeoPackage файлын жаңарту мүмкін емес: оны жазу үшін ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="289" />
      <source>Cannot write in the folder {folder}: {err}</source>
      <translation>{folder} қалтасына жазу мүмкін емес: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="365" />
      <source>Cannot write the CSV file {path}: {err}</source>
      <translation>CSV файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="302" />
      <source>Cannot write the HTML file {path}: {err}</source>
      <translation>HTML файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="414" />
      <source>Cannot write the XLSX file {path}: {err}</source>
      <translation>XLSX файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="399" />
      <source>Cannot write the layer {layer} into {path}.</source>
      <translation>{layer} қабатын {path} ішіне жазу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="51" />
      <source>Capacity: log10 of the stored volume (m3)</source>
      <translation>Сыйымдылық: қоймадағы қалдық көлемінің log10 мәні (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="135" />
      <source>Central estimate (runout_km)</source>
      <translation>Орталық баға (runout_km)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="56" />
      <source>Check river network</source>
      <translation>Өзен желісін тексеру</translation>
    </message>
    <message>
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.</source>
      <translation type="obsolete">Қалдық сақтау қоймалары қабатын әр нысан бойынша тексеріп, ақаулар кестесін жазады (объект, өріс, маңыздылық деңгейі, хабарлама). Кіріс қабаты ешқашан өзгертілмейді.&lt;br&gt;Тексерілетіні: геометрия бар және дұрыс; координаттар жүйесі (CRS) берілген; объект идентификаторлары бірегей және бос емес; міндетті өрістер (facility_id, name) бар; сандық мәндер шынымен сан және нақтылыққа сай (бөгет биіктігі 0,5–350 м, жинақталған көлем 1–10¹⁰ м³, ауданы 0,01–50 000 га, су үшін қауіптілік класы 1–3); тексеру (инспекция) күндері болашақта емес; мәртебесі мен бөгет түрі белгілі мәндердің бірі.&lt;br&gt;Өрістері басқаша аталған қабаттарды әр мән сақталатын өрісті көрсету арқылы тексеруге болады. Жоқ өрістер туралы әр объект үшін емес, бір рет қана хабарланады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="53" />
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.&lt;br&gt;VOLUME_UNIT: the unit of the stored volume field (m³, thousand m³ or million m³), converted to m³ before the checks; a warning when the values look like another unit.</source>
      <translation>Қалдық қоймалары қабатын әр нысан бойынша тексеріп, ақаулар кестесін жазады (объект, өріс, маңыздылық деңгейі, хабарлама). Кіріс қабаты ешқашан өзгертілмейді.&lt;br&gt;Тексерілетіні: геометрия бар және дұрыс; координаттар жүйесі (CRS) берілген; объект идентификаторлары бірегей және бос емес; міндетті өрістер (facility_id, name) бар; сандық мәндер шынымен сан және нақтылыққа сай (бөгет биіктігі 0,5–350 м, жинақталған көлем 1–10¹⁰ м³, ауданы 0,01–50 000 га, суға қауіптілік сыныбы 1–3); тексеру (инспекция) күндері болашақта емес; мәртебесі мен бөгет түрі белгілі мәндердің бірі.&lt;br&gt;Өрістері басқаша аталған қабаттарды әр мән сақталатын өрісті көрсету арқылы тексеруге болады. Жоқ өрістер туралы әр объект үшін емес, бір рет қана хабарланады.&lt;br&gt;VOLUME_UNIT: қоймадағы көлем өрісінің бірлігі (м³, мың м³ немесе млн м³); тексеруден бұрын м³-ге айналдырылады, ал мәндер басқа бірлікке ұқсаса, ескерту беріледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="12" />
      <source>China</source>
      <translation>Қытай</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="121" />
      <source>Choose a CRS with an EPSG code (for example EPSG:4326).</source>
      <translation>EPSG коды бар координаттар жүйесін таңдаңыз (мысалы, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="280" />
      <source>Choose a country polygon layer (COUNTRIES).</source>
      <translation>Елдердің полигон қабатын таңдаңыз (COUNTRIES).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="303" />
      <source>Choose a facility layer in the panel first.</source>
      <translation>Алдымен панельде қалдық қоймалары қабатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="108" />
      <source>Choose a facility layer to see each facility's record.</source>
      <translation>Әр объектінің жазбасын көру үшін объектілер қабатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="169" />
      <source>Choose a settlement or an intake (type to search)</source>
      <translation>Елді мекенді немесе су тартқышты таңдаңыз (іздеу үшін атауын теріңіз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="307" />
      <source>Choose a settlement or an intake first.</source>
      <translation>Алдымен елді мекенді немесе су тартқышты таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="493" />
      <source>Choose the population field of the settlements layer (there is no 'population' field).</source>
      <translation>Елді мекендер қабатының халық саны өрісін таңдаңыз ('population' өрісі жоқ).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="174" />
      <source>Click a settlement or an intake on the map</source>
      <translation>Картада елді мекенді немесе су тартқышты басыңыз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="265" />
      <source>Column geom is not a PostGIS geometry column with an SRID.</source>
      <translation>geom бағаны SRID бар PostGIS геометрия бағаны емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="254" />
      <source>Column {c} is of type {have}, the registry needs {wanted}: convert or rename it.</source>
      <translation>{c} бағанының түрі {have}, ал тізілімге {wanted} керек: оны түрлендіріңіз немесе атын өзгертіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="45" />
      <source>Commodity</source>
      <translation>Пайдалы қазба</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="185" />
      <source>Compare</source>
      <translation>Салыстыру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="212" />
      <source>Compare facilities</source>
      <translation>Нысандарды салыстыру</translation>
    </message>
    <message>
      <source>Consequence class</source>
      <translation type="obsolete">Салдар класы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="421" />
      <source>Consequence class (GISTM)</source>
      <translation>Салдар сыныбы (GISTM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="41" />
      <source>Consequence class (people inside the runout zone)</source>
      <translation>Салдар сыныбы (таралу аймағындағы халық)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="330" />
      <source>Consequence class field (e.g. consequence_class)</source>
      <translation>Салдар сыныбы өрісі (мысалы, consequence_class)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="261" />
      <source>Constant velocity</source>
      <translation>Тұрақты жылдамдық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="269" />
      <source>Constant velocity (m/s; also overland leg and reaches without value)</source>
      <translation>Тұрақты ағыс жылдамдығы (м/с; жер бетімен өтетін бөлік пен мәні жоқ учаскелер үшін де)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="249" />
      <source>Contaminant concentration (mg/L, 0 = none)</source>
      <translation>Ластағыш зат концентрациясы (мг/л, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="245" />
      <source>Contaminant concentration field (mg/L)</source>
      <translation>Ластағыш зат концентрациясы өрісі (мг/л)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="62" />
      <source>Coordinate reference system</source>
      <translation>Координаттар жүйесі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="67" />
      <source>Copies a facility registry (GeoPackage, shapefile, CSV with coordinates, any point layer) into the shared PostGIS registry made by tailings:createsharedregistry, in one transaction: either every row is imported or none is. Each row is checked with the rules of tailings:validateregistry and then by the database (including facility ids already in the shared registry); every rejected row is listed in the output table with the reason, and nothing is written until they are all fixed.&lt;br&gt;Layers with other field names are read by naming the field that holds each value. &lt;b&gt;Volume unit&lt;/b&gt;: the unit of the stored volume field in the input (m³, thousand m³ or million m³); the registry stores m³. Polygons are stored as a point on their surface; coordinates are transformed to the registry's CRS.</source>
      <translation>Қалдық қоймалары тізілімін (GeoPackage, shapefile, координаттары бар CSV, кез келген нүктелік қабат) tailings:createsharedregistry жасаған ортақ PostGIS тізіліміне бір транзакцияда көшіреді: не барлық жолдар импортталады, не бірде-біреуі импортталмайды. Әр жол tailings:validateregistry ережелерімен, содан кейін дерекқормен тексеріледі (ортақ тізілімде бұрыннан бар объект идентификаторлары да); қабылданбаған әр жол себебімен шығыс кестесіне жазылады, және олардың бәрі түзетілмейінше ештеңе жазылмайды.&lt;br&gt;Өріс атаулары басқа қабаттар әр мән сақталатын өрісті көрсету арқылы оқылады. &lt;b&gt;Көлем бірлігі&lt;/b&gt;: кіріс қабаттағы қоймадағы қалдық көлемі өрісінің бірлігі (м³, мың м³ немесе млн м³); тізілім м³ сақтайды. Полигондар бетіндегі нүкте ретінде сақталады; координаттар тізілімнің координаттар жүйесіне қайта есептеледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="263" />
      <source>Copies the shared PostGIS registry to a GeoPackage (or any vector file) for offline work: the registry fields with updated_at, updated_by and row_version, the registry form and style. The shared registry is only read.</source>
      <translation>Ортақ PostGIS тізілімін желісіз жұмыс үшін GeoPackage (немесе басқа векторлық файл) ретінде көшіреді: updated_at, updated_by және row_version бар тізілім өрістері, тізілім пішіні мен стилі. Ортақ тізілім тек оқылады.</translation>
    </message>
    <message>
      <source>Corridor (m from the river)</source>
      <translation type="obsolete">Дәліз (өзеннен, м)</translation>
    </message>
    <message>
      <source>Corridor around the pathway for the population at risk (m, each side)</source>
      <translation type="obsolete">Қауіп аймағындағы халықты есептеуге арналған таралу жолы бойындағы дәліз (м, әр жағынан)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="219" />
      <source>Corridor each side of the pathway (m)</source>
      <translation>Таралу жолының әр жағындағы дәліз (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="157" />
      <source>Corridor either side of the river</source>
      <translation>Өзеннің екі жағындағы дәліз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_io.py" line="50" />
      <source>Could not write the features of {name}: {error}</source>
      <translation>{name} қабатының нысандарын жазу мүмкін болмады: {error}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="20" />
      <source>Countries</source>
      <translation>Елдер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="123" />
      <source>Countries (default: bundled sample)</source>
      <translation>Елдер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="342" />
      <source>Countries (for the countries passed)</source>
      <translation>Елдер (өтетін елдер тізімі үшін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="37" />
      <source>Countries must be polygons (got {t}).</source>
      <translation>Елдер полигон болуы керек (берілгені: {t}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="58" />
      <source>Countries on the way</source>
      <translation>Жолдағы елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="42" />
      <source>Countries reached</source>
      <translation>Ластану жететін елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="30" />
      <source>Countries: {n} polygons but {m} names.</source>
      <translation>Елдер: {n} полигон, бірақ {m} атау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="55" />
      <source>Country</source>
      <translation>Ел</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="118" />
      <source>Country (code or name)</source>
      <translation>Ел (коды немесе атауы)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="163" />
      <source>Country name or code field</source>
      <translation>Ел атауы немесе коды өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="52" />
      <source>Country of the facility</source>
      <translation>Объектінің елі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="41" />
      <source>Country polygons are not lon/lat degrees: reproject them to EPSG:4326.</source>
      <translation>Ел полигондары бойлық/ендік градусында емес: оларды EPSG:4326 жүйесіне қайта проекциялаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="32" />
      <source>Create facility registry</source>
      <translation>Қалдық қоймалары тізілімін құру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="52" />
      <source>Create shared registry (PostGIS)</source>
      <translation>Ортақ тізілімді құру (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="90" />
      <source>Create the example roles</source>
      <translation>Үлгі рөлдерді құру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="92" />
      <source>Created an empty registry with {n} fields. Status values: {s}. Dam types: {d}.</source>
      <translation>{n} өрісі бар бос тізілім құрылды. Мәртебе мәндері: {s}. Бөгет түрлері: {d}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="367" />
      <source>Created the shared registry {schema}.{table} (EPSG:{srid}).</source>
      <translation>{schema}.{table} ортақ тізілімі құрылды (EPSG:{srid}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="212" />
      <source>Created {date}</source>
      <translation>Жасалған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="43" />
      <source>Creates an empty tailings facility registry (GeoPackage by default) with the plugin's schema, field aliases and an attribute form ready for data entry. Facilities are points (dam or impoundment centre) or polygons (impoundment outline). Fields carry their unit in the name.</source>
      <translation>Плагин схемасы, өрістердің бүркеншік атаулары және деректерді енгізуге дайын атрибуттар пішіні бар бос қалдық қоймалары тізілімін (әдепкі бойынша GeoPackage) құрады. Объектілер — нүктелер (бөгет немесе қойма шарасының ортасы) не полигондар (қойма шарасының контуры). Өріс атауында оның өлшем бірлігі көрсетіледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="55" />
      <source>Creates the facility registry in a PostgreSQL database with PostGIS, for a working group that edits one registry together. &lt;b&gt;Database&lt;/b&gt;: the name of a QGIS PostgreSQL connection (the password kept in QGIS's authentication manager), a pg_service.conf service name, or a libpq connection string; never type a password there, it would be saved in the project.&lt;br&gt;The table facilities has the fields of the GeoPackage registry plus updated_at, updated_by (set by the database) and row_version. The hard rules of the registry check are database rules: unique, non-empty facility_id; a name; a valid point; status and dam type among the known values; plausible dam height, volume, area and water hazard class; no inspection date in the future. A refused value comes back with a message naming the facility, the field and the allowed range. Soft rules (values missing for hazard screening, implausibly early inspection dates) are listed by the view facility_warnings.&lt;br&gt;Every insert, update and delete is written by a trigger to facility_history (who, when, the operation, the old and the new row as JSON); editors can read it but not change it.&lt;br&gt;Two editors: each saved edit carries the version of the facility it was made on; when another editor saved the same facility in between, the edit is refused (Stale edit refused…) instead of overwriting. Edits to different facilities never conflict.&lt;br&gt;Running it again on an existing registry adds what is missing (columns, rules, triggers) and never drops or changes data; when existing rows break a rule, or a column has another type, it changes nothing and lists them. &lt;b&gt;Create the example roles&lt;/b&gt; runs resources/sql/roles_example.sql (tailings_reader, tailings_editor_*, tailings_admin; needs the CREATEROLE right).</source>
      <translation>Бір тізілімді бірге жүргізетін жұмыс тобы үшін PostGIS бар PostgreSQL дерекқорында қалдық қоймалары тізілімін құрады. &lt;b&gt;Дерекқор&lt;/b&gt;: QGIS-тегі PostgreSQL қосылымының атауы (құпия сөз QGIS аутентификация менеджерінде сақталады), pg_service.conf сервисінің атауы немесе libpq қосылым жолы; онда ешқашан құпия сөз жазбаңыз — ол жобада сақталып қалады.&lt;br&gt;facilities кестесінде GeoPackage тізілімінің өрістері, сондай-ақ updated_at, updated_by (дерекқор толтырады) және row_version бар. Тізілімді тексерудің қатаң ережелері дерекқор ережелеріне айналды: бірегей, бос емес facility_id; атауы; дұрыс нүкте; белгілі мәндердің бірі болатын мәртебе мен бөгет түрі; ақылға қонымды бөгет биіктігі, көлемі, ауданы және суға қауіптілік сыныбы; болашақтағы тексеру күні емес. Қабылданбаған мәнге дерекқор объектіні, өрісті және рұқсат етілген ауқымды атайтын хабармен жауап береді. Жұмсақ ережелерді (қауіптілікті алдын ала бағалауға жетпейтін мәндер, ақылға сыйымсыз ерте тексеру күндері) facility_warnings көрінісі көрсетеді.&lt;br&gt;Әр енгізу, өзгерту және жою триггер арқылы facility_history кестесіне жазылады (кім, қашан, операция, ескі және жаңа жол JSON түрінде); редакторлар оны оқи алады, бірақ өзгерте алмайды.&lt;br&gt;Екі редактор: сақталатын әр түзету ол жасалған объект нұсқасын алып жүреді; егер осы уақытта басқа редактор сол объектіні сақтаса, түзету қайта жазудың орнына қабылданбайды (Stale edit refused…). Әртүрлі объектілердің түзетулері ешқашан қайшылыққа түспейді.&lt;br&gt;Бар тізілімде қайта іске қосу жетіспейтінін (бағандар, ережелер, триггерлер) қосады және деректерді ешқашан жоймайды, өзгертпейді; бар жолдар ережені бұзса немесе бағанның түрі басқа болса, ештеңе өзгертпей, оларды тізіп береді. &lt;b&gt;Үлгі рөлдерді құру&lt;/b&gt; resources/sql/roles_example.sql файлын орындайды (tailings_reader, tailings_editor_*, tailings_admin; CREATEROLE құқығы керек).</translation>
    </message>
    <message>
      <source>Creates the facility registry in a PostgreSQL database with PostGIS, for a working group that edits one registry together. &lt;b&gt;Database&lt;/b&gt;: the name of a QGIS PostgreSQL connection (the password kept in QGIS's authentication manager), a pg_service.conf service name, or a libpq connection string; never type a password there, it would be saved in the project.&lt;br&gt;The table facilities has the fields of the GeoPackage registry plus updated_at, updated_by (set by the database) and row_version. The hard rules of the registry check are database rules: unique, non-empty facility_id; a name; a valid point; status and dam type among the known values; plausible dam height, volume, area and water hazard class; no inspection date in the future. A refused value comes back with a message naming the facility, the field and the allowed range. Soft rules (values missing for hazard screening, implausibly early inspection dates) are listed by the view facility_warnings.&lt;br&gt;Every insert, update and delete is written by a trigger to facility_history (who, when, the operation, the old and the new row as JSON); editors can read it but not change it.&lt;br&gt;Two editors: each saved edit carries the version of the facility it was made on; when another editor saved the same facility in between, the edit is refused (Stale edit refused…) instead of overwriting. Edits to different facilities never conflict.&lt;br&gt;Running it again on an existing registry adds what is missing (columns, rules, triggers) and never drops or changes data; when existing rows break a rule, or a column has another type, it changes nothing and lists them. &lt;b&gt;Create the example roles&lt;/b&gt; runs resources/sql/roles_example.sql (tailings_reader, tailings_editor_&lt;institution&gt;, tailings_admin; needs the CREATEROLE right).</source>
      <translation type="obsolete">Бір тізілімді бірге жүргізетін жұмыс тобы үшін PostGIS бар PostgreSQL дерекқорында қалдық қоймалары тізілімін құрады. &lt;b&gt;Дерекқор&lt;/b&gt;: QGIS-тегі PostgreSQL қосылымының атауы (құпия сөз QGIS аутентификация менеджерінде сақталады), pg_service.conf сервисінің атауы немесе libpq қосылым жолы; онда ешқашан құпия сөз жазбаңыз — ол жобада сақталып қалады.&lt;br&gt;facilities кестесінде GeoPackage тізілімінің өрістері, сондай-ақ updated_at, updated_by (дерекқор толтырады) және row_version бар. Тізілімді тексерудің қатаң ережелері дерекқор ережелеріне айналды: бірегей, бос емес facility_id; атауы; дұрыс нүкте; белгілі мәндердің бірі болатын мәртебе мен бөгет түрі; ақылға қонымды бөгет биіктігі, көлемі, ауданы және суға қауіптілік сыныбы; болашақтағы тексеру күні емес. Қабылданбаған мәнге дерекқор объектіні, өрісті және рұқсат етілген ауқымды атайтын хабармен жауап береді. Жұмсақ ережелерді (қауіптілікті алдын ала бағалауға жетпейтін мәндер, ақылға сыйымсыз ерте тексеру күндері) facility_warnings көрінісі көрсетеді.&lt;br&gt;Әр енгізу, өзгерту және жою триггер арқылы facility_history кестесіне жазылады (кім, қашан, операция, ескі және жаңа жол JSON түрінде); редакторлар оны оқи алады, бірақ өзгерте алмайды.&lt;br&gt;Екі редактор: сақталатын әр түзету ол жасалған объект нұсқасын алып жүреді; егер осы уақытта басқа редактор сол объектіні сақтаса, түзету қайта жазудың орнына қабылданбайды (Stale edit refused…). Әртүрлі объектілердің түзетулері ешқашан қайшылыққа түспейді.&lt;br&gt;Бар тізілімде қайта іске қосу жетіспейтінін (бағандар, ережелер, триггерлер) қосады және деректерді ешқашан жоймайды, өзгертпейді; бар жолдар ережені бұзса немесе бағанның түрі басқа болса, ештеңе өзгертпей, оларды тізіп береді. &lt;b&gt;Үлгі рөлдерді құру&lt;/b&gt; resources/sql/roles_example.sql файлын орындайды (tailings_reader, tailings_editor_&lt;institution&gt;, tailings_admin; CREATEROLE құқығы керек).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="34" />
      <source>Crossing or receptor</source>
      <translation>Қиылыс немесе әсер ету объектісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="122" />
      <source>Crossings</source>
      <translation>Қиылыстар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="83" />
      <source>Crossings or receptors (SUMMARY of tailings:borderwatch or tailings:upstreamsources)</source>
      <translation>Қиылыстар немесе әсер ету объектілері (tailings:borderwatch немесе tailings:upstreamsources SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="149" />
      <source>Crossings or receptors listed</source>
      <translation>Енгізілген қиылыстар немесе әсер ету объектілері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="116" />
      <source>Crossings to list</source>
      <translation>Қай қиылыстарды енгізу</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="93" />
      <source>Crossings to map</source>
      <translation>Қай қиылыстарды көрсету</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="44" />
      <source>Cycles</source>
      <translation>Циклдар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>DEM</source>
      <translation>ЖБСМ (жер бедерінің сандық моделі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="72" />
      <source>DEM (elevation, metres)</source>
      <translation>ЖБСМ — жер бедерінің сандық моделі (биіктік, метр)</translation>
    </message>
    <message>
      <source>DEM (flow direction)</source>
      <translation type="obsolete">ЖСМ (ағыс бағыты)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="156" />
      <source>DEM (for the DEM direction)</source>
      <translation>ЖБСМ (ЖБСМ бойынша бағыт үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="281" />
      <source>DEM for the relief (default: the bundled 5′ regional DEM)</source>
      <translation>Жер бедеріне арналған биіктік моделі (әдепкі: кірістірілген 5′ өңірлік модель)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="47" />
      <source>Dam height</source>
      <translation>Бөгет биіктігі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="300" />
      <source>Dam height (dam_height_m)</source>
      <translation>Бөгет биіктігі (dam_height_m)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="48" />
      <source>Dam height (m)</source>
      <translation>Бөгет биіктігі (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="60" />
      <source>Dam height field (m)</source>
      <translation>Бөгет биіктігі өрісі (м)</translation>
    </message>
    <message>
      <source>Dam height must be greater than 0 m, found {v:g}.</source>
      <translation type="obsolete">Бөгет биіктігі 0 м-ден үлкен болуы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="302" />
      <source>Dam height must be greater than 0 m, found {v}.</source>
      <translation>Бөгет биіктігі 0 м-ден үлкен болуы керек, табылғаны: {v}.</translation>
    </message>
    <message>
      <source>Dam height {h:g} m is above {hi:g} m: is the height in metres (not feet or cm)?</source>
      <translation type="obsolete">Бөгет биіктігі {h:g} м, бұл {hi:g} м-ден жоғары: биіктік метрмен берілген бе (фут немесе см емес пе)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="313" />
      <source>Dam height {h} m is above {hi} m: is the height in metres (not feet or cm)?</source>
      <translation>Бөгет биіктігі {h} м, бұл {hi} м-ден жоғары: биіктік метрмен берілген бе (фут немесе см емес пе)?</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="63" />
      <source>Dam safety field (good / fair / poor or 0–2)</source>
      <translation>Бөгет қауіпсіздігі өрісі (good / fair / poor немесе 0–2)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="55" />
      <source>Dam safety: condition of the dam</source>
      <translation>Бөгет қауіпсіздігі: бөгеттің жай-күйі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="47" />
      <source>Dam type (raise method)</source>
      <translation>Бөгет түрі (көтеру әдісі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="42" />
      <source>Dangling ends</source>
      <translation>Бос ұштар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="265" />
      <source>Data sources</source>
      <translation>Дереккөздер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="274" />
      <source>Data sources text (empty: the template's)</source>
      <translation>Деректер көздерінің мәтіні (бос болса: үлгідегі мәтін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="83" />
      <source>Data: facilities ICMM Global Mining Dataset 2025 (CC BY 4.0); rivers and lakes WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); settlements GeoNames (CC BY 4.0); borders Natural Earth. Pathways, times and concentrations: Tailings downstream-impact plugin.</source>
      <translation>Деректер: объектілер — ICMM Global Mining Dataset 2025 (CC BY 4.0); өзендер мен көлдер — WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); елді мекендер — GeoNames (CC BY 4.0); шекаралар — Natural Earth. Таралу жолдары, ағып жету уақыты мен концентрациялар: Tailings downstream-impact плагині.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="27" />
      <source>Database (QGIS PostgreSQL connection name, service name or connection string)</source>
      <translation>Дерекқор (QGIS-тегі PostgreSQL қосылымының атауы, сервис атауы немесе қосылым жолы)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="283" />
      <source>Decay or settling rate (per hour)</source>
      <translation>Ыдырау немесе тұну жылдамдығы (сағатына)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="73" />
      <source>Deng et al. (2001)</source>
      <translation>Дэн және т.б. (2001)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>Digitised direction</source>
      <translation>Цифрлау бағыты</translation>
    </message>
    <message>
      <source>Digitising direction</source>
      <translation type="obsolete">Цифрлау бағыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="62" />
      <source>Dilution</source>
      <translation>Сұйылу дәрежесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="35" />
      <source>Direction</source>
      <translation>Бағыт</translation>
    </message>
    <message>
      <source>Direction from a DEM was chosen: choose the DEM.</source>
      <translation type="obsolete">Бағытты ЖСМ бойынша анықтау таңдалған: ЖСМ-ді таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="291" />
      <source>Direction from id fields was chosen: choose the reach id and downstream id fields.</source>
      <translation>Бағытты идентификатор өрістерінен алу таңдалған: учаске және төменгі учаске идентификаторларының өрістерін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="47" />
      <source>Discard the edits that were not saved and show the record as the database holds it now.</source>
      <translation>Сақталмаған өзгерістерден бас тартып, жазбаны дерекқорда қазір сақталған күйінде көрсету.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="275" />
      <source>Discharge field (m³/s, e.g. DIS_AV_CMS)</source>
      <translation>Су шығыны өрісі (м³/с, мысалы DIS_AV_CMS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="285" />
      <source>Dispersion coefficient</source>
      <translation>Бойлық дисперсия коэффициенті</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="187" />
      <source>Dispersion method</source>
      <translation>Дисперсия әдісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="42" />
      <source>Distance (km)</source>
      <translation>Қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="57" />
      <source>Distance along river (km)</source>
      <translation>Өзен бойымен қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="58" />
      <source>Distance from river (m)</source>
      <translation>Өзеннен қашықтық (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="424" />
      <source>Distance, km</source>
      <translation>Қашықтық, км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="46" />
      <source>Downstream ids that do not exist</source>
      <translation>Жоқ төменгі учаске идентификаторлары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="521" />
      <source>Downstream impact</source>
      <translation>Ағыс бойымен төмендегі әсер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="123" />
      <source>Downstream impact (settlements, arrival, concentration, borders)</source>
      <translation>Ағыс бойымен төмендегі әсер (елді мекендер, ластанудың келу уақыты, концентрация, шекаралар)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/result_layers.py" line="159" />
      <source>Downstream impact: {name}</source>
      <translation>Ағыс бойымен төмендегі әсер: {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="127" />
      <source>Downstream pathway: travel time</source>
      <translation>Ағыс бойымен таралу жолы: ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="75" />
      <source>Downstream pathways</source>
      <translation>Ағыс бойымен төмен таралу жолдары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="275" />
      <source>Downstream profile of {name}</source>
      <translation>Ағыс бойымен төмендегі профиль: {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="460" />
      <source>Downstream profile: arrival of the leading edge and time of peak along the pathway (overland legs dashed); settlements sized by population, border crossings as vertical lines, the 6, 24 and 72 h marks; peak concentration with the range of the dispersion formulas when a mass was given.</source>
      <translation>Ағыс бойымен төмендегі профиль: жол бойындағы алдыңғы шептің жету уақыты және ең жоғары мән уақыты (жер беті бойынша учаскелер — үзік сызықпен); елді мекендер халық санына қарай өлшемде, шекара қиылыстары — тік сызықтармен, 6, 24 және 72 сағ белгілері; масса берілсе, дисперсия формулалары бойынша ауытқуымен ең жоғары концентрация.</translation>
    </message>
    <message>
      <source>Downstream reach id field (0 or NULL = outlet)</source>
      <translation type="obsolete">Төменгі учаске идентификаторы өрісі (0 немесе NULL = саға)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="152" />
      <source>Downstream reach id field (0 or NULL at an outlet)</source>
      <translation>Төменгі учаске идентификаторы өрісі (сағада 0 немесе NULL)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="151" />
      <source>Duplicate facility id '{id}' (also feature {other}).</source>
      <translation>'{id}' объект идентификаторы қайталанады (сондай-ақ №{other} нысанда).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="453" />
      <source>Duplicate facility id '{id}' (also row {other}).</source>
      <translation>Қайталанатын объект идентификаторы '{id}' (сондай-ақ {other}-жол).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="283" />
      <source>Duplicate facility ids: {ids}.</source>
      <translation>Қайталанатын объект идентификаторлары: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="326" />
      <source>EPSG:{srid} is not known to PostGIS (spatial_ref_sys).</source>
      <translation>EPSG:{srid} PostGIS-ке белгісіз (spatial_ref_sys).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="44" />
      <source>Earliest arrival (days)</source>
      <translation>Ең ерте ағып жету уақыты, тәулік</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="43" />
      <source>Earliest arrival (h)</source>
      <translation>Ең ерте ағып жету уақыты, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="275" />
      <source>Editing started on {layer}: save or discard the edits as usual.</source>
      <translation>{layer} қабатын өңдеу басталды: өзгерістерді әдеттегідей сақтаңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="274" />
      <source>Embed the images in the HTML file (one self-contained, larger file)</source>
      <translation>Суреттерді HTML файлына ендіру (бір дербес, үлкенірек файл)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="175" />
      <source>Empty geometry: the facility cannot be placed on the map.</source>
      <translation>Геометрия бос: объектіні картаға орналастыру мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="47" />
      <source>Empty, zero-length or invalid lines</source>
      <translation>Бос, нөлдік ұзындықтағы немесе жарамсыз сызықтар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="560" />
      <source>End of the trace</source>
      <translation>Таралу жолының соңы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="503" />
      <source>Enters {country} after {time}, {km} downstream.</source>
      <translation>{country} аумағына {time} өткенде жетеді, ағыс бойымен {km} төмен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="217" />
      <source>Every figure of this report depends on these assumptions.</source>
      <translation>Бұл есептің әр саны осы болжамдарға байланысты.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="246" />
      <source>Export CSV…</source>
      <translation>CSV-ге экспорттау…</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="56" />
      <source>Export border-crossing maps (atlas)</source>
      <translation>Шекара қиылыстарының карталарын экспорттау (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="133" />
      <source>Export impact maps (atlas)</source>
      <translation>Әсер карталарын экспорттау (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="57" />
      <source>Export notification plan (border crossings or receptors; HTML, CSV)</source>
      <translation>Хабарлау жоспарын экспорттау (шекара қиылыстары немесе әсер ету объектілері; HTML, CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="22" />
      <source>Export receptor maps (atlas)</source>
      <translation>Әсер ету объектілерінің карталарын экспорттау (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="260" />
      <source>Export shared registry to a file</source>
      <translation>Ортақ тізілімді файлға экспорттау</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="174" />
      <source>Export summary report (HTML, XLSX, CSV)</source>
      <translation>Жиынтық есепті экспорттау (HTML, XLSX, CSV)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="208" />
      <source>Export the impact map page of this facility</source>
      <translation>Осы объектінің әсер картасы бетін экспорттау</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="303" />
      <source>Exported {n} facilities.</source>
      <translation>Экспортталған объектілер саны: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="146" />
      <source>Exposed settlement</source>
      <translation>Әсер аймағындағы елді мекен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="329" />
      <source>Exposed settlement rows</source>
      <translation>Әсерге ұшырайтын елді мекендер жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="502" />
      <source>Exposed settlements</source>
      <translation>Әсерге ұшырайтын елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="218" />
      <source>Exposed settlements (EXPOSED)</source>
      <translation>Әсерге ұшырайтын елді мекендер (EXPOSED)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="183" />
      <source>Exposed settlements and receptors</source>
      <translation>Әсерге ұшырайтын елді мекендер мен объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="40" />
      <source>Exposed settlements, downstream order</source>
      <translation>Әсерге ұшырайтын елді мекендер, ағыс бойымен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="562" />
      <source>Exposure not computed: give the EXPOSED output of tailings:downstreamimpact.</source>
      <translation>Әсер ету есептелмеген: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="37" />
      <source>Extreme</source>
      <translation>Төтенше</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="244" />
      <source>Facilities</source>
      <translation>Объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="111" />
      <source>Facilities arriving within {h} h: {n} (of {total})</source>
      <translation>{h} сағ ішінде жететін объектілер: {n} (барлығы {total})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="328" />
      <source>Facilities in the report</source>
      <translation>Есептегі объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="38" />
      <source>Facilities upstream</source>
      <translation>Ағыс бойымен жоғарыдағы объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="131" />
      <source>Facilities upstream of a settlement or an intake</source>
      <translation>Елді мекеннен немесе су тартқыштан ағыс бойымен жоғарыдағы объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="193" />
      <source>Facilities upstream of each receptor</source>
      <translation>Әр әсер ету объектісінен ағыс бойымен жоғарыдағы объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="166" />
      <source>Facilities upstream of {receptor}</source>
      <translation>{receptor} пунктінен ағыс бойымен жоғарыдағы объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="429" />
      <source>Facilities upstream of {receptor}: {n}. Earliest: {name} ({id}), {km} km, after {time}.</source>
      <translation>{receptor} пунктінен ағыс бойымен жоғарыдағы объектілер: {n}. Ең ерте: {name} ({id}), {km} км, {time} кейін.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="95" />
      <source>Facilities upstream, by arrival at the border</source>
      <translation>Ағыс бойымен жоғарыдағы объектілер, шекараға ағып жету уақыты бойынша</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="42" />
      <source>Facilities upstream, by arrival at the receptor</source>
      <translation>Ағыс бойымен жоғарыдағы объектілер, әсер ету объектісіне ағып жету уақыты бойынша</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="96" />
      <source>Facilities within</source>
      <translation>Шегіндегі объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="51" />
      <source>Facility</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="39" />
      <source>Facility ID</source>
      <translation>Объект ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="50" />
      <source>Facility id</source>
      <translation>Объект ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="486" />
      <source>Facility id '{id}' is already in the shared registry.</source>
      <translation>'{id}' объект идентификаторы ортақ тізілімде бұрыннан бар.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="198" />
      <source>Facility id field</source>
      <translation>Объект идентификаторы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="70" />
      <source>Facility layer</source>
      <translation>Объектілер қабаты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="84" />
      <source>Facility layer to import</source>
      <translation>Импортталатын объектілер қабаты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="116" />
      <source>Facility name field</source>
      <translation>Объект атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="68" />
      <source>Facility registry</source>
      <translation>Объектілер тізілімі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="150" />
      <source>Facility rows listed</source>
      <translation>Енгізілген объект жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="92" />
      <source>Facility stretches (OUTPUT of the same run)</source>
      <translation>Объектілерден бастап учаскелер (сол есептің OUTPUT)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="85" />
      <source>Facility to crossing stretches (tailings:borderwatch OUTPUT)</source>
      <translation>Объектілерден қиылыстарға дейінгі учаскелер (tailings:borderwatch OUTPUT)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="52" />
      <source>Facility to receptor stretches (tailings:upstreamsources OUTPUT)</source>
      <translation>Объектілерден әсер ету объектілеріне дейінгі учаскелер (tailings:upstreamsources OUTPUT)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="70" />
      <source>Facility to the river</source>
      <translation>Объектіден өзенге дейін</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="381" />
      <source>Facility {fid} has no geometry.</source>
      <translation>{fid} объектісінің геометриясы жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="79" />
      <source>Facility {fid} has no geometry: skipped.</source>
      <translation>{fid} объектісінің геометриясы жоқ: өткізіп жіберілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="443" />
      <source>Facility {fid}: no runout estimate: {msg}</source>
      <translation>Объект {fid}: таралу қашықтығы бағаланбады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="219" />
      <source>Facility {fid}: {msg}</source>
      <translation>Объект {fid}: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="197" />
      <source>Facility {id} has impossible coordinates ({reason}): check the layer's CRS.</source>
      <translation>{id} нысанының координаттары мүмкін емес ({reason}): қабаттың координаттар жүйесін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="207" />
      <source>Facility {id} has {n} parts: one facility must be one point or polygon (split it with Vector ▸ Geometry Tools ▸ Multipart to Singleparts and give each part its own id).</source>
      <translation>{id} нысаны {n} бөліктен тұрады: бір нысан бір нүкте немесе бір полигон болуы тиіс (оны «Вектор ▸ Геометрия ▸ Көп бөлікті бір бөліктіге» құралымен бөліп, әр бөлікке жеке идентификатор беріңіз).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="93" />
      <source>Facility, with the arrival at the border</source>
      <translation>Объект және шекараға ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="40" />
      <source>Facility, with the arrival at the receptor</source>
      <translation>Объект және әсер ету объектісіне ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="105" />
      <source>Field '{f}' is missing from the layer.</source>
      <translation>Қабатта '{f}' өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="154" />
      <source>Fields that are not registry fields are not copied: {names}.</source>
      <translation>Тізілімде жоқ өрістер көшірілмейді: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="336" />
      <source>Fields used: {used}.</source>
      <translation>Қолданылған өрістер: {used}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="430" />
      <source>Files written (separated by ';')</source>
      <translation>Жазылған файлдар (';' арқылы бөлінген)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="178" />
      <source>Find facilities upstream</source>
      <translation>Ағыс бойымен жоғарыдағы объектілерді табу</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="209" />
      <source>Finding where the rivers cross the borders...</source>
      <translation>Өзендердің шекарамен қиылысатын жерлерін іздеу...</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="161" />
      <source>Findings: {c}.</source>
      <translation>Анықталған мәселелер: {c}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="45" />
      <source>First border</source>
      <translation>Бірінші шекара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="46" />
      <source>First border (km)</source>
      <translation>Бірінші шекараға дейін (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="47" />
      <source>First border arrival (h)</source>
      <translation>Бірінші шекараға жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="557" />
      <source>First border crossing</source>
      <translation>Мемлекеттік шекарадан алғашқы өту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="41" />
      <source>First facility</source>
      <translation>Бірінші объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="253" />
      <source>First: {name}, {km} km, after {h} h ({d} days).</source>
      <translation>Бірінші жететіні — {name}: {km} км, {h} сағаттан кейін ({d} тәулік).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="71" />
      <source>Fischer (1975)</source>
      <translation>Фишер (1975)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="119" />
      <source>Flood depth raster, 100-year (m)</source>
      <translation>Су тасқыны тереңдігінің растры, 100 жылда бір рет (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="66" />
      <source>Flood hazard field (none / low / medium / high or 100-year depth m)</source>
      <translation>Су тасқыны қаупі өрісі (none / low / medium / high немесе 100 жылда бір рет болатын тасқын тереңдігі, м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="145" />
      <source>Flow direction from</source>
      <translation>Ағыс бағытының көзі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="154" />
      <source>Flow paths traced by the compiled engine (numba); its first run on a computer compiles it once (10 to 30 s).</source>
      <translation>Ағын жолдары компиляцияланған модульмен (numba) есептелді; компьютердегі алғашқы іске қосылғанда ол бір рет компиляцияланады (10–30 с).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="161" />
      <source>Flow paths traced in Python; install numba (Debian/Ubuntu: python3-numba) for a run about ten times faster with the same paths.</source>
      <translation>Ағын жолдары Python-да есептелді; есептеу сол жолдармен шамамен он есе жылдам жүруі үшін numba орнатыңыз (Debian/Ubuntu: python3-numba).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="253" />
      <source>Folder of map images (facility_id.png) to embed</source>
      <translation>Есепке енгізілетін карта суреттерінің қалтасы (facility_id.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="47" />
      <source>Follows the terrain from each facility down to the first river reach, instead of a straight line to the nearest reach (which can pick a river on the other side of a ridge).&lt;br&gt;Method: steepest descent over the 8 neighbours (D8, O'Callaghan &amp; Mark 1984) on a DEM whose depressions and flats are filled on demand by priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); a path never stops in a pit or wanders on a flat. Geographic DEMs use true cell sizes at each latitude; lengths are geodesic (WGS 84). Only the parts of the DEM the paths need are read, so large DEMs are fine.&lt;br&gt;A path ends on the first river cell (RIVERS, within the tolerance), at the DEM edge, at nodata, at the maximum length, or in a closed depression deeper than the maximum fill depth.&lt;br&gt;OUTPUT: one line per facility (WGS 84): facility_id, length_m, drop_m (start minus end elevation), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (filled on the way), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: where each path meets a river (the nearest point of the reach): facility_id, river_fid (feature id in RIVERS), length_m, river_offset_m.</source>
      <translation>Әр объектіден жер бедері бойымен төмен қарай бірінші өзен учаскесіне дейін жүреді — ең жақын учаскеге дейінгі түзу сызықтың орнына (ол жотаның арғы бетіндегі өзенді таңдап қоюы мүмкін).&lt;br&gt;Әдіс: ЖБСМ бойынша 8 көрші ұяшық арқылы ең тік еңіспен түсу (D8, O'Callaghan &amp; Mark 1984); ЖБСМ-дегі ойпаңдар мен тегіс аймақтар қажет болған кезде priority-flood әдісімен толтырылады (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); жол ешқашан тұйық шұңқырда тоқтамайды және тегіс аймақта адасып жүрмейді. Географиялық ЖБСМ үшін әр ендіктегі ұяшықтардың нақты өлшемдері қолданылады; ұзындықтар геодезиялық (WGS 84). ЖБСМ-нің тек жолдарға қажетті бөліктері ғана оқылады, сондықтан үлкен ЖБСМ-дерді де қолдануға болады.&lt;br&gt;Жол бірінші өзен ұяшығында (RIVERS, рұқсат етілген ауытқу шегінде), ЖБСМ шетінде, деректері жоқ (nodata) ұяшықта, ең үлкен ұзындыққа жеткенде немесе тереңдігі ең үлкен толтыру тереңдігінен асатын тұйық ойпаңда аяқталады.&lt;br&gt;OUTPUT: әр объектіге бір сызық (WGS 84): facility_id, length_m, drop_m (бастапқы биіктік минус соңғы биіктік), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (жол бойында толтырылған ойпаңдар), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: әр жолдың өзенге жететін жері (учаскенің ең жақын нүктесі): facility_id, river_fid (RIVERS қабатындағы объект идентификаторы), length_m, river_offset_m.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="228" />
      <source>For each crossing, the facilities whose release reaches it, in order of arrival: whom to notify, and how soon (UNECE Convention on the Transboundary Effects of Industrial Accidents, 1992).</source>
      <translation>Әр қиылыс үшін — төгіндісі оған жететін объектілер, ағып жету реті бойынша: кімді және қаншалықты тез хабардар ету керек (БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы, 1992).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="31" />
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. A vertex in a gap between polygons (a sea or lake left out of the country layer) takes the last country the pathway was in; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation>Әрбір қалдық қоймасы үшін: төгіндіні ағыс бойымен төмен қадағалайды (tailings:tracedownstream сияқты), дәліз ішіндегі елді мекендер мен әсер ету объектілерін ағыс бойымен реті бойынша тізімдеп, өзен бойымен қашықтықты (dist_km), өзеннен қашықтықты (offset_m), ластану фронтының келу уақытын (arrival_h), шың уақытын (peak_h) және ең жоғары концентрацияны (peak_conc_mg_l) көрсетеді; таралу жолының мемлекеттік шекараны қай жерде кесіп өтетінін анықтайды (БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы: ағыс бойымен жоғары орналасқан ел төмендегі елге хабарлайды) және әр объект бойынша қорытынды жасайды.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ағып жету уақыты&lt;/b&gt;: tau = кесінділер ұзындығының ағыс жылдамдығына қатынастарының қосындысы. Ағыс жылдамдығы — тұрақты шама (м/с), әр учаскеге арналған өріс немесе әр учаскенің су шығыны Q бойынша тұстаманың гидравликалық геометриясы арқылы есептелетін шама (Leopold &amp;amp; Maddock 1953 түрі U = a·Q^b, тереңдік h = c·Q^f, әдепкі мәндер a=0.194, b=0.285, c=0.409, f=0.294, Raymond et al. 2012 бойынша); ені W = Q/(U·h). Жер бетімен өтетін бөлікте және мәні жоқ учаскелерде тұрақты жылдамдық қолданылады (ескертумен).&lt;br&gt;&lt;b&gt;Концентрация&lt;/b&gt;: лездік, көлденең қима бойынша толық араласқан төгінді, бір өлшемді адвекция–дисперсия (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. U, Q және K өзгеретін өзен бойында ластану бұлты әр тұстамада уақыт бойынша Гаусс үлестіріміне бағынады, дисперсиясы σ² = Σ 2·K·L/U³, шыңы M/(Q·√(2πσ²)): су шығыны артқан сайын сұйылу жүреді (сұйылу = осы жердегі Q / төгінді өзенге түсетін жердегі Q). K мәні Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) немесе Seo &amp;amp; Cheong (1998) бойынша; peak_conc_lo/hi_mg_l осы төрт әдіс арасындағы шашырауды береді. u* = √(g·h·S) үшін еңіс S қажет: ол еңіс өрісінен немесе қабылданған еңістен алынады (әдепкі 0.0001, бұл мән қабылданғаны туралы ескерту шығады; 0 = еңіс өрісі болмаса, концентрация есептелмейді). Су шығыны немесе масса болмаса, peak_conc_mg_l мәні NULL болады. Жағадан түскен төгіндінің көлденең араласу ұзындығы шегіндегі орындар үшін &lt;b&gt;mixed&lt;/b&gt; мәні false (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); онда мән — көлденең қима бойынша орташа шама. Ластану фронты: 0.89 × шыңға дейінгі уақыт (Jobson 1996, USGS WRIR 96-4013). Қосымша: бірінші ретті ыдырау немесе тұну жылдамдығы k (сағатына). Масса M: масса өрісі немесе тұрақты мән (кг), әйтпесе ағып шыққан қалдық көлемі (м³) × концентрация (мг/л) / 1000.&lt;br&gt;&lt;b&gt;Шекаралар&lt;/b&gt;: таралу жолының әрбір төбесі ел полигонына орналастырылады; ел ауысқан жер тиісті кесіндіде анықталады. Шекаралық рұқсат етілген ауытқудан (км) жақын ауысулар ондаған қиылысқа емес, бір border_stretch бөлігіне (шекара бойымен ағатын өзен) біріктіріледі. Полигондар арасындағы саңылаудағы төбе (елдер қабатына кірмеген теңіз немесе көл) жол соңғы өткен елге жатқызылады; саңылаулар мен қабаттасулар туралы ескерту беріледі.&lt;br&gt;&lt;b&gt;Қорытынды&lt;/b&gt;: дәліз ішіндегі елді мекендер мен халық (барлығы, ластану 24 сағ және 72 сағ ішінде жететіндері), ластану жететін елдер реті бойынша, бірінші шекара (км, сағ), трассаның соңы. Халық саны жарамсыз (NULL, 0, мәтін) елді мекендер тізімге енгізіліп, белгіленеді, бірақ есепке алынбайды.&lt;br&gt;Бұл — төтенше жағдайларды жоспарлауға арналған алдын ала (скрининг) бағалау, калибрленген ескерту моделі емес (ондай модельдер өлі аймақтарды ескереді және индикаторлық (трассерлік) сынақтармен калибрленеді).</translation>
    </message>
    <message>
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. Gaps between polygons are labelled 'unknown'; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation type="obsolete">Әрбір қалдық қоймасы үшін: шығарындыны ағыс бойымен төмен қадағалайды (tailings:tracedownstream сияқты), дәліз ішіндегі елді мекендер мен әсер ету объектілерін ағыс бойымен реті бойынша тізімдеп, өзен бойымен қашықтықты (dist_km), өзеннен қашықтықты (offset_m), ластану фронтының келу уақытын (arrival_h), шың уақытын (peak_h) және ең жоғары концентрацияны (peak_conc_mg_l) көрсетеді; таралу жолының мемлекеттік шекараны қай жерде кесіп өтетінін анықтайды (БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы: ағыс бойымен жоғары орналасқан ел төмендегі елге хабарлайды) және әр объект бойынша қорытынды жасайды.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ағып жету уақыты&lt;/b&gt;: tau = кесінділер ұзындығының ағыс жылдамдығына қатынастарының қосындысы. Ағыс жылдамдығы — тұрақты шама (м/с), әр учаскеге арналған өріс немесе әр учаскенің су шығыны Q бойынша тұстаманың гидравликалық геометриясы арқылы есептелетін шама (Leopold &amp;amp; Maddock 1953 түрі U = a·Q^b, тереңдік h = c·Q^f, әдепкі мәндер a=0.194, b=0.285, c=0.409, f=0.294, Raymond et al. 2012 бойынша); ені W = Q/(U·h). Жер бетімен өтетін бөлікте және мәні жоқ учаскелерде тұрақты жылдамдық қолданылады (ескертумен).&lt;br&gt;&lt;b&gt;Концентрация&lt;/b&gt;: лездік, көлденең қима бойынша толық араласқан шығарынды, бір өлшемді адвекция–дисперсия (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. U, Q және K өзгеретін өзен бойында ластану бұлты әр тұстамада уақыт бойынша Гаусс үлестіріміне бағынады, дисперсиясы σ² = Σ 2·K·L/U³, шыңы M/(Q·√(2πσ²)): су шығыны артқан сайын сұйылу жүреді (сұйылу = осы жердегі Q / шығарынды өзенге түсетін жердегі Q). K мәні Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) немесе Seo &amp;amp; Cheong (1998) бойынша; peak_conc_lo/hi_mg_l осы төрт әдіс арасындағы шашырауды береді. u* = √(g·h·S) үшін еңіс S қажет: ол еңіс өрісінен немесе қабылданған еңістен алынады (әдепкі 0.0001, бұл мән қабылданғаны туралы ескерту шығады; 0 = еңіс өрісі болмаса, концентрация есептелмейді). Су шығыны немесе масса болмаса, peak_conc_mg_l мәні NULL болады. Жағадан түскен шығарындының көлденең араласу ұзындығы шегіндегі орындар үшін &lt;b&gt;mixed&lt;/b&gt; мәні false (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); онда мән — көлденең қима бойынша орташа шама. Ластану фронты: 0.89 × шыңға дейінгі уақыт (Jobson 1996, USGS WRIR 96-4013). Қосымша: бірінші ретті ыдырау немесе тұну жылдамдығы k (сағатына). Масса M: масса өрісі немесе тұрақты мән (кг), әйтпесе шығарынды көлемі (м³) × концентрация (мг/л) / 1000.&lt;br&gt;&lt;b&gt;Шекаралар&lt;/b&gt;: таралу жолының әрбір төбесі ел полигонына орналастырылады; ел ауысқан жер тиісті кесіндіде анықталады. Шекаралық төзімділіктен (км) жақын ауысулар ондаған қиылысқа емес, бір border_stretch бөлігіне (шекара бойымен ағатын өзен) біріктіріледі. Полигондар арасындағы саңылаулар 'unknown' деп белгіленеді; саңылаулар мен қабаттасулар туралы ескерту беріледі.&lt;br&gt;&lt;b&gt;Қорытынды&lt;/b&gt;: дәліз ішіндегі елді мекендер мен халық (барлығы, ластану 24 сағ және 72 сағ ішінде жететіндері), ластану жететін елдер реті бойынша, бірінші шекара (км, сағ), трассаның соңы. Халық саны жарамсыз (NULL, 0, мәтін) елді мекендер тізімге енгізіліп, белгіленеді, бірақ есепке алынбайды.&lt;br&gt;Бұл — төтенше жағдайларды жоспарлауға арналған алдын ала (скрининг) бағалау, калибрленген ескерту моделі емес (ондай модельдер өлі аймақтарды ескереді және индикаторлық (трассерлік) сынақтармен калибрленеді).</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="obsolete">Қайдан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="45" />
      <source>From each facility, finds where a release enters the river network (the nearest point of the nearest reach within the snap distance, measured on the WGS84 ellipsoid) and follows the water downstream to the end of the network, a terminal lake (Balkhash, Aral, Caspian) or the maximum distance.&lt;br&gt;Flow direction comes from the digitising direction, from reach/downstream id fields (HydroRIVERS convention: NEXT_DOWN = 0 or NULL at an outlet) or from a DEM (reaches are turned downhill). Reach ends closer than the node tolerance are joined, tributaries that end on another reach mid-line are connected there, and cycles in bad data are broken.&lt;br&gt;OUTPUT: one line per facility and reach piece, in downstream order (facility_id, seq, reach_id, kind overland/river/lake, from_km, to_km from the facility, assumed). The first piece is the overland leg from the facility to the river, an assumed straight line.&lt;br&gt;SUMMARY: one point per facility at its entry point (or the facility when it is not on a river): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Distances are geodesic (Karney 2013). At a bifurcation all branches are followed unless a main-stem field (discharge, order) is given.</source>
      <translation>Әр объектіден төгіндінің өзен желісіне түсетін орнын (байлау қашықтығы шегіндегі ең жақын учаскенің ең жақын нүктесі, WGS84 эллипсоидында өлшенеді) тауып, суды ағыс бойымен төмен желінің соңына, ағынсыз көлге (Балқаш, Арал, Каспий) немесе ең үлкен қашықтыққа дейін қадағалайды.&lt;br&gt;Ағыс бағыты цифрлау бағытынан, учаске/төменгі учаске идентификаторлары өрістерінен (HydroRIVERS келісімі: сағада NEXT_DOWN = 0 немесе NULL) немесе ЖБСМ-нен алынады (учаскелер еңіс бойымен төмен қарай бағытталады). Түйіндердің рұқсат етілген ауытқуынан жақын учаске ұштары біріктіріледі, басқа учаскенің ортасында аяқталатын салалар сол жерде жалғанады, ал қате деректердегі циклдар үзіледі.&lt;br&gt;OUTPUT: әр объект пен учаске бөлігіне бір сызық, ағыс бойымен реті бойынша (facility_id, seq, reach_id, kind overland/river/lake, объектіден бастап from_km, to_km, assumed). Бірінші бөлік — объектіден өзенге дейін жер бетімен өтетін бөлік, болжамды түзу сызық.&lt;br&gt;SUMMARY: әр объектіге өзенге түсу нүктесінде бір нүкте (объект өзенге жетпесе — объектінің өзінде): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Қашықтықтар геодезиялық (Karney 2013). Негізгі арна өрісі (су шығыны, өзен реті) берілмесе, бифуркацияда барлық тармақтар бойынша жүріледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="427" />
      <source>From layer {name}.</source>
      <translation>{name} қабатынан алынды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="130" />
      <source>Front of the release, hours after failure</source>
      <translation>Төгінді фронты, бұзылудан кейінгі сағат</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="39" />
      <source>Gaps closed by the node tolerance</source>
      <translation>Түйіндердің рұқсат етілген ауытқуы арқылы жабылған үзілістер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Geometry type</source>
      <translation>Геометрия түрі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="22" />
      <source>Georgia</source>
      <translation>Грузия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="79" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch (crossing_id) or of tailings:upstreamsources (receptor_id); the layers given lack {fields}.</source>
      <translation>tailings:borderwatch (crossing_id) немесе tailings:upstreamsources (receptor_id) SUMMARY және OUTPUT қабаттарын беріңіз; берілген қабаттарда {fields} жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="193" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch or tailings:upstreamsources.</source>
      <translation>tailings:borderwatch немесе tailings:upstreamsources SUMMARY және OUTPUT қабаттарын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="138" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch.</source>
      <translation>tailings:borderwatch SUMMARY және OUTPUT қабаттарын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="62" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:upstreamsources.</source>
      <translation>tailings:upstreamsources SUMMARY және OUTPUT қабаттарын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="396" />
      <source>Granted the example roles (tailings_reader, tailings_editor_*, tailings_admin).</source>
      <translation>Үлгі рөлдерге құқықтар берілді (tailings_reader, tailings_editor_*, tailings_admin).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="137" />
      <source>HTML notification plan</source>
      <translation>Хабарлау жоспары (HTML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="307" />
      <source>HTML report</source>
      <translation>HTML есебі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="104" />
      <source>Hazard and consequence screening</source>
      <translation>Қауіп пен салдарды алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="36" />
      <source>Hazard index</source>
      <translation>Қауіптілік индексі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="59" />
      <source>Hazard index (THI)</source>
      <translation>Қауіптілік индексі (THI)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="325" />
      <source>Hazard index field (e.g. thi of tailings:hazardscreening)</source>
      <translation>Қауіптілік индексі өрісі (мысалы, tailings:hazardscreening нәтижесіндегі thi)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="291" />
      <source>Hazard index not known (not analysed or inputs missing)</source>
      <translation>Қауіптілік индексі белгісіз (талданбаған немесе бастапқы деректер жетіспейді)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="380" />
      <source>Hazard screening</source>
      <translation>Қауіптілікті алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="51" />
      <source>Hide this message and keep the edits</source>
      <translation>Хабарламаны жасырып, өзгерістерді қалдыру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="35" />
      <source>High</source>
      <translation>Жоғары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="199" />
      <source>Highest of the four dispersion methods (conservative)</source>
      <translation>Төрт дисперсия әдісінің ең жоғарысы (консервативті)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="98" />
      <source>ICMM site ID</source>
      <translation>ICMM алаңының идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="276" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="343" />
      <source>Identity</source>
      <translation>Сәйкестендіру деректері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="185" />
      <source>Impact summary</source>
      <translation>Әсер қорытындысы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="242" />
      <source>Impact summary (SUMMARY)</source>
      <translation>Әсер қорытындысы (SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="64" />
      <source>Import into shared registry (PostGIS)</source>
      <translation>Ортақ тізілімге импорттау (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="219" />
      <source>Imported {n} facilities into {schema}.{table}.</source>
      <translation>{schema}.{table} ішіне импортталған объектілер саны: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="94" />
      <source>Incoming</source>
      <translation>Кіретін</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="125" />
      <source>Incoming (rivers entering the country)</source>
      <translation>Кіретін (елге ағып кіретін өзендер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="23" />
      <source>India</source>
      <translation>Үндістан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="166" />
      <source>Injection must be 'side' or 'centre'.</source>
      <translation>Ластаушының түсу орны 'side' (жағалаудан) немесе 'centre' (арна ортасынан) болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="177" />
      <source>Invalid geometry: {reason}</source>
      <translation>Жарамсыз геометрия: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="24" />
      <source>Iran</source>
      <translation>Иран</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="25" />
      <source>Iraq</source>
      <translation>Ирак</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="72" />
      <source>Kashefipour and Falconer (2002)</source>
      <translation>Кашефипур және Фальконер (2002)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="13" />
      <source>Kazakhstan</source>
      <translation>Қазақстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="14" />
      <source>Kyrgyzstan</source>
      <translation>Қырғызстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="294" />
      <source>Lake or reservoir</source>
      <translation>Көл немесе су қоймасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="228" />
      <source>Lakes (default: bundled sample)</source>
      <translation>Көлдер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <source>Lakes (polygons: terminal lakes, links through lakes)</source>
      <translation type="obsolete">Көлдер (полигондар: ағынсыз көлдер, көлдер арқылы өтетін байланыстар)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="171" />
      <source>Lakes (terminal lakes and lake reaches)</source>
      <translation>Көлдер (ағынсыз көлдер және көлдегі учаскелер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="22" />
      <source>Lakes and reservoirs</source>
      <translation>Көлдер мен су қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="372" />
      <source>Language of the maps and report texts</source>
      <translation>Карталар мен есеп мәтіндерінің тілі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="366" />
      <source>Last edited</source>
      <translation>Соңғы өзгерту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="113" />
      <source>Last edited at</source>
      <translation>Соңғы өзгерту уақыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="112" />
      <source>Last edited by</source>
      <translation>Соңғы өзгерткен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="52" />
      <source>Last inspection</source>
      <translation>Соңғы тексеру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="347" />
      <source>Legend</source>
      <translation>Шартты белгілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="100" />
      <source>Location confidence</source>
      <translation>Орналасу нақтылығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="194" />
      <source>Longitude and latitude arrays differ in length.</source>
      <translation>Бойлық пен ендік массивтерінің ұзындықтары әртүрлі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="325" />
      <source>Looking for the facilities upstream of {name} …</source>
      <translation>{name} пунктінен ағыс бойымен жоғарыдағы объектілерді іздеу …</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="33" />
      <source>Low</source>
      <translation>Төмен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="162" />
      <source>Main stem field (follow the largest value at a bifurcation)</source>
      <translation>Негізгі арна өрісі (бифуркацияда ең үлкен мәні бар тармақпен жүру)</translation>
    </message>
    <message>
      <source>Main stem field (follow the largest value at bifurcations)</source>
      <translation type="obsolete">Негізгі арна өрісі (бифуркацияларда ең үлкен мәні бар тармақпен жүру)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="64" />
      <source>Malformed {what} file {path}: {where}: {problem}</source>
      <translation>{what} файлының ({path}) құрылымы қате: {where}: {problem}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="53" />
      <source>Management conditions: operating status of the facility</source>
      <translation>Пайдалану жағдайы: объектінің пайдалану мәртебесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="272" />
      <source>Map of {name}</source>
      <translation>{name}: карта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_results.py" line="331" />
      <source>Map page written: {path}</source>
      <translation>Карта парағы сақталды: {path}</translation>
    </message>
    <message>
      <source>Maps and reports</source>
      <translation type="obsolete">Карталар мен есептер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="316" />
      <source>Maximum arrival time (h, 0 = no limit)</source>
      <translation>Ең ұзақ ағып жету уақыты (сағ, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="193" />
      <source>Maximum distance (km, 0 = no limit)</source>
      <translation>Ең үлкен қашықтық (км, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="196" />
      <source>Maximum distance field (km, per facility)</source>
      <translation>Ең үлкен қашықтық өрісі (км, әр объект үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="89" />
      <source>Maximum fill depth of a depression (m, 0 = fill all)</source>
      <translation>Ойпаңды толтырудың ең үлкен тереңдігі (м, 0 = барлығын толтыру)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="75" />
      <source>Maximum path length (m, 0 = no limit)</source>
      <translation>Жолдың ең үлкен ұзындығы (м, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="25" />
      <source>Mining and processing sites (ICMM)</source>
      <translation>Тау-кен өндіру және байыту кәсіпорындары (ICMM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="18" />
      <source>Mongolia</source>
      <translation>Моңғолия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="278" />
      <source>More facility warnings follow in the field hazard_notes of the output; not repeated here.</source>
      <translation>Объектілер бойынша қалған ескертулер нәтиженің hazard_notes өрісінде берілген; мұнда қайталанбайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="40" />
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="41" />
      <source>Name (Russian)</source>
      <translation>Атауы (орысша)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="31" />
      <source>Name field</source>
      <translation>Атау өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="52" />
      <source>Name the database: a QGIS PostgreSQL connection, a service or a connection string.</source>
      <translation>Дерекқорды көрсетіңіз: QGIS-тегі PostgreSQL қосылымы, сервис немесе қосылым жолы.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="54" />
      <source>Natural conditions: flood hazard + seismic hazard at the site</source>
      <translation>Табиғи жағдайлар: алаңдағы су тасқыны қаупі + сейсмикалық қауіп</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="71" />
      <source>Network diagnostics</source>
      <translation>Желі диагностикасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="98" />
      <source>No border crossing with facilities upstream to map.</source>
      <translation>Ағыс бойымен жоғарыда объектілері бар шекара қиылысы жоқ: карталар жасалмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="204" />
      <source>No consequence class: {msg}</source>
      <translation>Салдар сыныбы анықталмады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="322" />
      <source>No discharge is known along the pathway: peak concentrations and dilution are left empty. Give a discharge field (m³/s) on the river layer.</source>
      <translation>Таралу жолы бойында су шығыны белгісіз: ең жоғары концентрациялар мен сұйылу бос қалдырылды. Өзендер қабатында су шығыны өрісін (м³/с) көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="605" />
      <source>No exposed settlement recorded downstream.</source>
      <translation>Ағыс бойымен төмендегі әсерге ұшырайтын елді мекен тіркелмеген.</translation>
    </message>
    <message>
      <source>No facility has a runout distance: par is left NULL.</source>
      <translation type="obsolete">Бірде-бір объектінің таралу қашықтығы жоқ: par NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="100" />
      <source>No facility has a usable geometry.</source>
      <translation>Бірде-бір объектінің жарамды геометриясы жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="94" />
      <source>No facility id field chosen: using '{f}'.</source>
      <translation>Объект идентификаторы өрісі таңдалмаған: '{f}' қолданылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="390" />
      <source>No facility layer chosen.</source>
      <translation>Объектілер қабаты таңдалмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="443" />
      <source>No facility to map: none of the chosen facilities has a pathway in the pathway layer.</source>
      <translation>Картаға түсіретін объект жоқ: таралу жолдары қабатында таңдалған объектілердің ешқайсысының жолы жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="423" />
      <source>No facility upstream of {name} within the limits of the run.</source>
      <translation>Берілген шектеулер ішінде {name} пунктінен ағыс бойымен жоғары объект жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="440" />
      <source>No facility upstream.</source>
      <translation>Ағыс бойымен жоғарыда объект жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="330" />
      <source>No field for {key}: release volume and runout cannot be estimated. Choose the field that holds it.</source>
      <translation>{key} үшін өріс жоқ: ағып шыққан қалдық көлемі мен таралу қашықтығын бағалау мүмкін емес. Осы мән сақталған өрісті таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="82" />
      <source>No field was chosen for the {label}.</source>
      <translation>{label} үшін өріс таңдалмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="173" />
      <source>No geometry: the facility cannot be placed on the map.</source>
      <translation>Геометрия жоқ: объектіні картаға орналастыру мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="148" />
      <source>No population field: settlements are listed without population.</source>
      <translation>Халық саны өрісі жоқ: елді мекендер халық санынсыз тізімделеді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="527" />
      <source>No receptor has a usable geometry.</source>
      <translation>Әсер ету объектілерінің ешқайсысында жарамды геометрия жоқ.</translation>
    </message>
    <message>
      <source>No receptor lies within {d:.0f} m of a river. Move the receptors onto the river or increase RECEPTOR_SNAP_DISTANCE.</source>
      <translation type="obsolete">Әсер ету объектілерінің ешқайсысы өзенге {d:.0f} м-ден жақын емес. Объектілерді өзенге жылжытыңыз немесе RECEPTOR_SNAP_DISTANCE мәнін арттырыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="535" />
      <source>No receptor lies within {d} m of a river. Move the receptors onto the river or increase RECEPTOR_SNAP_DISTANCE.</source>
      <translation>Әсер ету объектілерінің ешқайсысы өзенге {d} м-ден жақын емес. Объектілерді өзенге жылжытыңыз немесе RECEPTOR_SNAP_DISTANCE мәнін арттырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="45" />
      <source>No receptor with facilities upstream to map.</source>
      <translation>Ағыс бойымен жоғарыда объектілері бар әсер ету объектісі жоқ: карталар жасалмады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="200" />
      <source>No release mass given (mass, or volume and concentration): concentrations stay NULL.</source>
      <translation>Өзенге түскен ластағыш зат массасы берілмеген (масса, не көлем мен концентрация): концентрациялар NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="108" />
      <source>No released mass given: peak concentrations are left empty.</source>
      <translation>Өзенге түскен ластағыш зат массасы берілмеген: ең жоғары концентрациялар бос қалдырылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="222" />
      <source>No river crosses the border of {c} in the chosen direction.</source>
      <translation>Таңдалған бағытта {c} шекарасын бірде-бір өзен қиып өтпейді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="181" />
      <source>No river layer: the paths run to the DEM edge, nodata or the maximum length.</source>
      <translation>Өзендер қабаты берілмеген: ағын жолдары ЖБСМ шетіне, деректері жоқ (nodata) ұяшықтарға немесе ең үлкен ұзындыққа дейін жүргізіледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="49" />
      <source>No river within {snap} of {facility}: the nearest mapped river is {nearest} away.</source>
      <translation>«{facility}» нысанынан {snap} қашықтықта өзен жоқ: картадағы ең жақын өзен {nearest} жерде.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="181" />
      <source>No runout estimate: {msg}</source>
      <translation>Таралу қашықтығы бағаланбады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="412" />
      <source>No settlement within the corridor of this pathway.</source>
      <translation>Бұл таралу жолының дәлізінде елді мекендер жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="281" />
      <source>No settlement within the corridor.</source>
      <translation>Дәліз ішінде елді мекен жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="471" />
      <source>No settlements and rivers given: population at risk and consequence class are left NULL.</source>
      <translation>Елді мекендер мен өзендер берілмеген: қауіп аймағындағы халық пен салдар сыныбы NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="291" />
      <source>No slope known on {n} river segments: no dispersion coefficient and no peak concentration downstream of them. Give a slope or an assumed slope.</source>
      <translation>{n} өзен сегментінде еңіс белгісіз: олардан төмен дисперсия коэффициенті де, ең жоғары концентрация да есептелмейді. Еңісті немесе болжамды еңісті беріңіз.</translation>
    </message>
    <message>
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s:g} m/m there.</source>
      <translation type="obsolete">{n} өзен сегментінде еңіс белгісіз: ол жерлерде бойлық дисперсия коэффициенті болжамды {s:g} м/м еңіспен есептеледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="284" />
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s} m/m there.</source>
      <translation>{n} өзен сегментінде еңіс белгісіз: ол жерлерде бойлық дисперсия коэффициенті болжамды {s} м/м еңіспен есептеледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="127" />
      <source>No translation file for '{code}' ({path}): the output is in English. Build it with 'make translations' (needs lrelease).</source>
      <translation>'{code}' үшін аударма файлы жоқ ({path}): нәтиже ағылшын тілінде шығарылады. Оны 'make translations' командасымен құрастырыңыз (lrelease қажет).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="222" />
      <source>No {label} field chosen: using '{f}'.</source>
      <translation>Өріс таңдалмаған ({label}): '{f}' өрісі қолданылады.</translation>
    </message>
    <message>
      <source>Node tolerance (m)</source>
      <translation type="obsolete">Түйіндер төзімділігі (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="179" />
      <source>Node tolerance (m): reach ends closer than this are joined</source>
      <translation>Түйіндердің рұқсат етілген ауытқуы (м): ұштары бұдан жақын учаскелер біріктіріледі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="531" />
      <source>Not analysed yet for this facility.</source>
      <translation>Бұл объект үшін әлі талдау жүргізілмеген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="384" />
      <source>Not analysed yet.</source>
      <translation>Әлі талданбаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="166" />
      <source>Not assessed: no stored volume or dam height (and no user scenario).</source>
      <translation>Бағаланбаған: қоймадағы көлем немесе бөгет биіктігі жоқ (пайдаланушы сценарийі де жоқ).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="111" />
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="54" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="212" />
      <source>Nothing was imported: {n} of {m} rows were rejected. Fix them and run again.</source>
      <translation>Ештеңе импортталмады: {m} жолдың {n} жолы қабылданбады. Оларды түзетіп, қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="191" />
      <source>Notification plan: facilities upstream of each border crossing</source>
      <translation>Хабарлау жоспары: әр шекара қиылысынан ағыс бойымен жоғарыдағы объектілер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="256" />
      <source>Notification plan: {n} crossings or receptors, {p} facility rows.</source>
      <translation>Хабарлау жоспары: қиылыстар немесе әсер ету объектілері — {n}, объект жолдары — {p}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="85" />
      <source>Number of errors</source>
      <translation>Қателер саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="277" />
      <source>Number of facilities exported</source>
      <translation>Экспортталған объектілер саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="100" />
      <source>Number of facilities imported</source>
      <translation>Импортталған объектілер саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="431" />
      <source>Number of map pages</source>
      <translation>Карта беттерінің саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="101" />
      <source>Number of rejected rows</source>
      <translation>Қабылданбаған жолдар саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="86" />
      <source>Number of warnings</source>
      <translation>Ескертулер саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="21" />
      <source>Oblasts of Kazakhstan</source>
      <translation>Қазақстан облыстары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One PDF per crossing</source>
      <translation>Әр қиылысқа бір PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="263" />
      <source>One PDF per facility</source>
      <translation>Әр объектіге бір PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="58" />
      <source>One PDF per receptor</source>
      <translation>Әр әсер ету объектісіне бір PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One PNG per crossing</source>
      <translation>Әр қиылысқа бір PNG</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="263" />
      <source>One PNG per facility</source>
      <translation>Әр объектіге бір PNG</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="58" />
      <source>One PNG per receptor</source>
      <translation>Әр әсер ету объектісіне бір PNG</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One multi-page PDF</source>
      <translation>Бір көпбетті PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="252" />
      <source>Only these facility ids (comma-separated; empty = all)</source>
      <translation>Тек осы объект идентификаторлары (үтір арқылы; бос = барлығы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="79" />
      <source>Open Kazakhstan sample data</source>
      <translation>Қазақстан бойынша үлгі деректерді ашу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="42" />
      <source>Operator</source>
      <translation>Операторы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="200" />
      <source>Operator field</source>
      <translation>Пайдаланушы ұйым (оператор) өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="49" />
      <source>Order of arrival</source>
      <translation>Ағып жету реті</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="233" />
      <source>Ordered by risk: earliest arrival at a national border first, then the population reached within 24 hours, then the hazard index. Click a facility for its section.</source>
      <translation>Қауіп бойынша реттелген: алдымен мемлекеттік шекараға ең ерте жету, содан кейін 24 сағат ішінде жететін халық, содан кейін қауіптілік индексі. Бөліміне өту үшін объектіні басыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="373" />
      <source>Other attributes</source>
      <translation>Басқа атрибуттар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="375" />
      <source>Other country</source>
      <translation>Басқа елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="88" />
      <source>Other mine and processing sites (ICMM)</source>
      <translation>Басқа кеніштер мен өңдеу кәсіпорындары (ICMM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="102" />
      <source>Other names</source>
      <translation>Басқа атаулары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="68" />
      <source>Other receptors downstream</source>
      <translation>Ағыс бойымен төмендегі әсерге ұшырайтын басқа нысандар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="89" />
      <source>Other tailings facilities</source>
      <translation>Басқа қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="124" />
      <source>Outgoing (rivers leaving the country)</source>
      <translation>Шығатын (елден ағып шығатын өзендер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="398" />
      <source>Output</source>
      <translation>Нәтиже түрі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="427" />
      <source>Output folder</source>
      <translation>Нәтиже қалтасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="43" />
      <source>Overland flow path to the river (DEM)</source>
      <translation>Жер беті бойынша өзенге дейінгі ағын жолы (ЖБСМ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="98" />
      <source>Overland flow paths</source>
      <translation>Жер беті бойынша ағын жолдары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="228" />
      <source>Overview map</source>
      <translation>Шолу картасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="391" />
      <source>Own layout template (.qpt; overrides the page choice)</source>
      <translation>Өз макет үлгіңіз (.qpt; бет таңдауының орнына қолданылады)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>Page</source>
      <translation>Бет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="26" />
      <source>Pakistan</source>
      <translation>Пәкістан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="48" />
      <source>Pathway length (km)</source>
      <translation>Таралу жолының ұзындығы (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="88" />
      <source>Pathway of facility {fid} has missing coordinates.</source>
      <translation>{fid} объектісінің таралу жолында координаттар жетіспейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="92" />
      <source>Pathway of facility {fid} is not in lon/lat degrees (EPSG:4326).</source>
      <translation>{fid} объектісінің таралу жолы бойлық/ендік градусында (EPSG:4326) емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="81" />
      <source>Pathway of facility {fid} needs at least two lon/lat vertices.</source>
      <translation>{fid} объектісінің таралу жолында бойлық/ендікпен берілген кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="108" />
      <source>Pathway of facility {fid}: chainage must be finite and not decrease.</source>
      <translation>{fid} объектісінің таралу жолы: пикетаж мәндері шекті болуы және кемімеуі керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="102" />
      <source>Pathway of facility {fid}: {n} vertices but {m} chainage values.</source>
      <translation>{fid} объектісінің таралу жолы: {n} төбе, бірақ пикетаждың {m} мәні.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="76" />
      <source>Pathway summary</source>
      <translation>Таралу жолдарының қорытындысы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="182" />
      <source>Pathways</source>
      <translation>Таралу жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="245" />
      <source>Pathways (PATHWAYS)</source>
      <translation>Таралу жолдары (PATHWAYS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="213" />
      <source>Pathways (tailings:downstreamimpact PATHWAYS)</source>
      <translation>Таралу жолдары (tailings:downstreamimpact PATHWAYS)</translation>
    </message>
    <message>
      <source>Pathways and impact</source>
      <translation type="obsolete">Таралу жолдары және әсері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="56" />
      <source>Peak (h)</source>
      <translation>Ең жоғары концентрация уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="405" />
      <source>Peak conc., mg/l</source>
      <translation>Ең жоғ. конц., мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="57" />
      <source>Peak concentration (mg/l)</source>
      <translation>Ең жоғары концентрация (мг/л)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="72" />
      <source>Peak concentration at the end of the trace</source>
      <translation>Таралу жолының соңындағы ең жоғары концентрация</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="109" />
      <source>Peak concentration from</source>
      <translation>Ең жоғары концентрация бойынша</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="404" />
      <source>Peak, h</source>
      <translation>Ең жоғ. конц. уақыты, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="40" />
      <source>People inside the runout zone</source>
      <translation>Таралу аймағындағы халық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="263" />
      <source>Per-reach discharge field (hydraulic geometry)</source>
      <translation>Учаскелер бойынша су шығыны өрісі (гидравликалық геометрия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="262" />
      <source>Per-reach velocity field</source>
      <translation>Учаскелер бойынша жылдамдық өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="352" />
      <source>Physical data</source>
      <translation>Физикалық сипаттамалар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="173" />
      <source>Pick on map</source>
      <translation>Картадан таңдау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="582" />
      <source>Place</source>
      <translation>Орын</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="580" />
      <source>Places downstream, in downstream order ({n})</source>
      <translation>Ағыс бойымен төмендегі орындар, ағыс бағытының ретімен ({n})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="54" />
      <source>Places within</source>
      <translation>Мына уақыт ішіндегі пункттер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="111" />
      <source>Plausibility flags</source>
      <translation>Шындыққа сыйымдылық белгілері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="56" />
      <source>Point</source>
      <translation>Нүкте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="433" />
      <source>Point {i}: {msg}</source>
      <translation>Нүкте {i}: {msg}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="56" />
      <source>Polygon</source>
      <translation>Полигон</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="56" />
      <source>Population</source>
      <translation>Халық саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="76" />
      <source>Population at risk</source>
      <translation>Қауіп аймағындағы халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="417" />
      <source>Population at risk (PAR)</source>
      <translation>Қауіп аймағындағы халық (PAR)</translation>
    </message>
    <message>
      <source>Population at risk computed for {n} facilities (corridor {c:g} m).</source>
      <translation type="obsolete">Қауіп аймағындағы халық {n} объект үшін есептелді (дәліз {c:g} м).</translation>
    </message>
    <message>
      <source>Population at risk computed for {n} facilities (corridor {c:g} m, {k}).</source>
      <translation type="obsolete">Қауіп аймағындағы халық {n} объект үшін есептелді (дәліз {c:g} м, {k}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="537" />
      <source>Population at risk computed for {n} facilities (corridor {c} m).</source>
      <translation>Қауіп аймағындағы халық {n} объект үшін есептелді (дәліз {c} м).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="64" />
      <source>Population downstream</source>
      <translation>Ағыс бойымен төмендегі халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="43" />
      <source>Population exposed</source>
      <translation>Әсерге ұшырайтын халық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="245" />
      <source>Population field</source>
      <translation>Халық саны өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="44" />
      <source>Population reached within 24 h</source>
      <translation>24 сағ ішінде жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="66" />
      <source>Population reached within 72 h</source>
      <translation>72 сағ ішінде жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="38" />
      <source>Population within 24 h</source>
      <translation>24 сағ ішінде жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="39" />
      <source>Population within 72 h</source>
      <translation>72 сағ ішінде жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="317" />
      <source>PostGIS is not enabled in this database and could not be enabled ({reason}). Ask the administrator to run: CREATE EXTENSION postgis;</source>
      <translation>Бұл дерекқорда PostGIS қосылмаған және оны қосу мүмкін болмады ({reason}). Әкімшіден мынаны орындауды сұраңыз: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="87" />
      <source>Potential loss of life</source>
      <translation>Ықтимал адам шығыны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="208" />
      <source>Prediction interval</source>
      <translation>Болжам интервалы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="179" />
      <source>Prediction interval of the ranges (%; 0 = spread between methods only)</source>
      <translation>Ауқымдардың болжам аралығы (%; 0 = тек әдістер арасындағы шашырау)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="143" />
      <source>QGIS could not read the layout template {path}.</source>
      <translation>QGIS макет үлгісін ({path}) оқи алмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="407" />
      <source>Rank (1 = highest hazard)</source>
      <translation>Орны (1 = ең жоғары қауіп)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>Reach and downstream id fields</source>
      <translation>Учаске және төменгі учаске идентификаторларының өрістері</translation>
    </message>
    <message>
      <source>Reach id and downstream id fields</source>
      <translation type="obsolete">Учаске және төменгі учаске идентификаторларының өрістері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="149" />
      <source>Reach id field</source>
      <translation>Учаске идентификаторы өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="589" />
      <source>Reach ids must be numbers; got {v!r}.</source>
      <translation>Учаске идентификаторлары сан болуы керек; берілгені: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="219" />
      <source>Reaches</source>
      <translation>Жетеді</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="43" />
      <source>Reaches ending in a terminal lake</source>
      <translation>Ағынсыз көлде аяқталатын учаскелер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="41" />
      <source>Reaches starting on another reach</source>
      <translation>Басқа учаскеден басталатын учаскелер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="69" />
      <source>Reading a DEM needs the Python module rasterio (Debian/Ubuntu: python3-rasterio).</source>
      <translation>ЖБСМ-ді оқу үшін rasterio Python модулі қажет (Debian/Ubuntu: python3-rasterio).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="41" />
      <source>Receptor (settlement or water intake)</source>
      <translation>Әсер ету объектісі (елді мекен немесе су тартқыш)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="457" />
      <source>Receptor id field</source>
      <translation>Әсер ету объектісінің идентификаторы өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="157" />
      <source>Receptor layer</source>
      <translation>Әсер ету объектілерінің қабаты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="150" />
      <source>Receptor name field</source>
      <translation>Әсер ету объектісінің атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="465" />
      <source>Receptor snap distance to the river (m)</source>
      <translation>Әсер ету объектісін өзенге байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="45" />
      <source>Receptors (tailings:upstreamsources SUMMARY)</source>
      <translation>Әсер ету объектілері (tailings:upstreamsources SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="142" />
      <source>Receptors (water intakes, protected areas …)</source>
      <translation>Әсер ету объектілері (су алу құрылыстары, ерекше қорғалатын табиғи аумақтар …)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="450" />
      <source>Receptors (water intakes, towns, stations)</source>
      <translation>Әсер ету объектілері (су алу құрылыстары, елді мекендер, гидробекеттер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="43" />
      <source>Receptors: facilities upstream and arrival times</source>
      <translation>Әсер ету объектілері: ағыс бойымен жоғарыдағы объектілер және ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="117" />
      <source>Recorded with the results</source>
      <translation>Нәтижелермен бірге жазылған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="33" />
      <source>Region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="43" />
      <source>Region (oblast)</source>
      <translation>Өңір (облыс)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="297" />
      <source>Region (oblast) boundary</source>
      <translation>Облыс шекарасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="93" />
      <source>Registry layer source</source>
      <translation>Тізілім қабатының көзі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="82" />
      <source>Registry problems</source>
      <translation>Тізілімдегі ақаулар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="98" />
      <source>Rejected rows</source>
      <translation>Қабылданбаған жолдар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="237" />
      <source>Released contaminant mass (kg, 0 = from volume × concentration)</source>
      <translation>Шығарылған ластағыш зат массасы (кг, 0 = көлем × концентрация бойынша)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="234" />
      <source>Released contaminant mass field (kg)</source>
      <translation>Шығарылған ластағыш зат массасы өрісі (кг)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="71" />
      <source>Released mass</source>
      <translation>Өзенге түскен ластағыш зат массасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="410" />
      <source>Released volume (estimate)</source>
      <translation>Ағып шыққан қалдық көлемі (бағалау)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="242" />
      <source>Released volume (m³, 0 = none)</source>
      <translation>Ағып шыққан қалдық көлемі (м³, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="367" />
      <source>Released volume and concentration must be 0 or positive.</source>
      <translation>Ағып шыққан қалдық көлемі мен концентрациясы 0 немесе оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="241" />
      <source>Released volume field (m³)</source>
      <translation>Ағып шыққан қалдық көлемі өрісі (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="154" />
      <source>Released-volume band factor (0 = from the data file, 1 = prediction interval alone)</source>
      <translation>Ағып шыққан көлем ауқымының коэффициенті (0 = деректер файлынан, 1 = тек болжам аралығы)</translation>
    </message>
    <message>
      <source>Released-volume band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="obsolete">Шығарынды көлемінің белгісіздік ауқымы коэффициенті (0 = деректер файлынан, 1 = тек әдістер арасындағы шашырау)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="420" />
      <source>Relief</source>
      <translation>Жер бедері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="45" />
      <source>Reload</source>
      <translation>Қайта оқу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="89" />
      <source>Reload the facility layer from its source: shows the edits other users saved</source>
      <translation>Объектілер қабатын көзінен қайта оқу: басқа пайдаланушылар сақтаған өзгерістер көрсетіледі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="260" />
      <source>Render small maps from the pathways (slower)</source>
      <translation>Таралу жолдары бойынша шағын карталарды салу (баяуырақ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="263" />
      <source>Report title</source>
      <translation>Есеп тақырыбы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="513" />
      <source>Report: {n} facilities, {e} exposed settlement rows, {i} maps embedded.</source>
      <translation>Есеп: {n} объект, әсерге ұшырайтын елді мекендердің {e} жолы, {i} карта енгізілді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="197" />
      <source>Reported peak concentration (peak_conc_mg_l)</source>
      <translation>Көрсетілетін ең жоғары концентрация (peak_conc_mg_l)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="185" />
      <source>Required value is missing.</source>
      <translation>Міндетті мән көрсетілмеген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="404" />
      <source>Resolution (dpi)</source>
      <translation>Ажыратымдылық (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="77" />
      <source>Reusing the river network built earlier from the same unchanged layer.</source>
      <translation>Бұрын сол өзгермеген қабаттан құрылған өзен желісі қайта пайдаланылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="36" />
      <source>River</source>
      <translation>Өзен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="44" />
      <source>River basin</source>
      <translation>Өзен алабы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="99" />
      <source>River entry points</source>
      <translation>Өзенге жету нүктелері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="135" />
      <source>River name field (for the river column)</source>
      <translation>Өзен атауы өрісі (river бағаны үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="133" />
      <source>River network</source>
      <translation>Өзен желісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="37" />
      <source>River reach {k} is a {t}, not a line.</source>
      <translation>Өзен учаскесі {k} — сызық емес, {t}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="41" />
      <source>River reach {k} is not an (n, 2) array of lon/lat.</source>
      <translation>Өзен учаскесі {k} бойлық/ендіктің (n, 2) массиві емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="343" />
      <source>River slope from the DEM on {n} pathway segments.</source>
      <translation>Өзен еңісі {n} жол сегментінде ЖБСМ бойынша алынды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="92" />
      <source>River stretch from the facility to the border</source>
      <translation>Объектіден шекараға дейінгі өзен учаскесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="39" />
      <source>River stretch from the facility to the receptor</source>
      <translation>Объектіден әсер ету объектісіне дейінгі өзен учаскесі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="80" />
      <source>River tolerance (m; the cells next to a reach always count)</source>
      <translation>Өзенді анықтаудың рұқсат етілген ауытқуы (м; учаскеге іргелес ұяшықтар әрқашан ескеріледі)</translation>
    </message>
    <message>
      <source>Rivers</source>
      <translation type="obsolete">Өзендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="23" />
      <source>Rivers (WaterHydro)</source>
      <translation>Өзендер (WaterHydro)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="124" />
      <source>Rivers (default: bundled sample)</source>
      <translation>Өзендер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <source>Rivers (digitised in flow direction)</source>
      <translation type="obsolete">Өзендер (ағыс бағытымен цифрланған)</translation>
    </message>
    <message>
      <source>Rivers (optional)</source>
      <translation type="obsolete">Өзендер (міндетті емес)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="206" />
      <source>Row {row} ({facility}), {field}: {message}</source>
      <translation>{row}-жол ({facility}), {field}: {message}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="296" />
      <source>Rule {rule} is broken by facilities {ids}: correct them first.</source>
      <translation>{rule} ережесін {ids} объектілері бұзады: алдымен оларды түзетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="385" />
      <source>Run Hazard screening to compute the hazard index and runout.</source>
      <translation>Қауіптілік индексі мен таралу қашықтығын есептеу үшін «Қауіптілікті алдын ала бағалау» алгоритмін іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="236" />
      <source>Run parameters and assumptions</source>
      <translation>Есептеу параметрлері мен болжамдар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="128" />
      <source>Run parameters and assumptions ('label: value' per line; empty: read from the inputs)</source>
      <translation>Есептеу параметрлері мен болжамдар (әр жолда «атауы: мәні»; бос болса: кіріс деректерден алынады)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="207" />
      <source>Run the downstream analysis for this facility</source>
      <translation>Осы объект үшін ағыс бойымен төмендегі әсерді талдауды іске қосу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="37" />
      <source>Runout (km)</source>
      <translation>Таралу қашықтығы (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="162" />
      <source>Runout band factor (0 = from the data file, 1 = prediction interval alone)</source>
      <translation>Таралу қашықтығы ауқымының коэффициенті (0 = деректер файлынан, 1 = тек болжам аралығы)</translation>
    </message>
    <message>
      <source>Runout band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="obsolete">Таралу қашықтығының белгісіздік ауқымы коэффициенті (0 = деректер файлынан, 1 = тек әдістер арасындағы шашырау)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="413" />
      <source>Runout distance (estimate)</source>
      <translation>Қалдықтардың таралу қашықтығы (бағалау)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="148" />
      <source>Runout methods (JSON; default: bundled runout_methods.json)</source>
      <translation>Таралу қашықтығын есептеу әдістері (JSON; әдепкі: плагинмен берілген runout_methods.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="134" />
      <source>Runout used for the population at risk</source>
      <translation>Қауіп аймағындағы халықты есептеуге қолданылатын таралу қашықтығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="11" />
      <source>Russia</source>
      <translation>Ресей</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="88" />
      <source>SCREENING ESTIMATES: simplified models on public data, for planning and discussion; not a dam-break study, a forecast or an official notification. Overland legs (dashed) are assumed straight. Arrival times assume the modelled flow velocity; check on site before acting.</source>
      <translation>АЛДЫН АЛА БАҒАЛАУЛАР: жалпыға қолжетімді деректерге негізделген жеңілдетілген модельдер, жоспарлау мен талқылауға арналған; бұл бөгеттің бұзылуын зерттеу, болжам немесе ресми хабарлама емес. Жер беті бойынша өтетін учаскелер (үзік сызық) түзу деп болжанған. Жету уақыттары модельденген ағыс жылдамдығына негізделген; шара қолданбас бұрын жергілікті жерде тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="144" />
      <source>Scenario (stored volume, dam height)</source>
      <translation>Сценарий (сақталған көлем, бөгет биіктігі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="106" />
      <source>Scenario note</source>
      <translation>Сценарий туралы ескертпе</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="105" />
      <source>Scenario: dam height (m)</source>
      <translation>Сценарий: бөгет биіктігі (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="104" />
      <source>Scenario: stored volume (m³)</source>
      <translation>Сценарий: қоймадағы қалдық көлемі (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="32" />
      <source>Schema</source>
      <translation>Схема</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="23" />
      <source>Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, arrival times and concentrations come from simplified models and public data; check them on site before acting on them.</source>
      <translation>Жоспарлау мен талқылауға арналған алдын ала (скринингтік) бағалау; бұл бөгеттің бұзылуын зерттеу де, болжам да емес. Таралу жолдары, жету уақыттары мен концентрациялар жеңілдетілген модельдер мен ашық деректер негізінде алынған; олар бойынша шара қолданбас бұрын жергілікті жерде тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="335" />
      <source>Screening estimates of the downstream pathway, exposure and border crossings per facility.</source>
      <translation>Әр объект үшін ағыс бойымен төмендегі жолдың, әсердің және шекара қиылыстарының скринингтік бағалаулары.</translation>
    </message>
    <message>
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions), with the published coefficients. &lt;b&gt;Ranges&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): per method the prediction interval (INTERVAL, 90 % by default) of a log-log least-squares refit of the same regression on the public record of tailings dam failures (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): central · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). The scatter is large: about ×/÷{fv:.0f} for the released volume (n = {nv}) and ×/÷{fd:.0f} for the runout (n = {nd}) at 90 %. Coverage on the record: {cd:.0%} of {ncd} observed runouts and {cv:.0%} of {ncv} released volumes lie inside the plugin's 90 % range. The band factors multiply the range further (1 = none). interval_level says which level a row uses. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;b&gt;Units&lt;/b&gt;: VOLUME_UNIT says whether the volume field is in m³, thousand m³ (тыс. м³) or million m³; it is applied before any formula, and a warning says when the values look like another unit.&lt;br&gt;&lt;b&gt;Missing is missing&lt;/b&gt;: a facility without stored volume or dam height gets no released volume, no runout, no class and no rank (scenario_source = none), unless a user scenario (advanced: stored volume and dam height) is given; scenario_source then says 'user scenario'. thi_rank ranks the assessed facilities only; ties share the best rank (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt;: when settlements and rivers are given, each facility is traced down the river network (digitised direction) to its central runout (par) and to its upper runout (par_high), and the populations of the settlements within the corridor of that pathway are summed (the same engine function as tailings:downstreamimpact). Settlements count with their whole population: a coarse proxy. Without settlements and rivers par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone (par_high by default, conservative; 'Runout used for the population at risk' picks the central one; consequence_basis says which): Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes. Every row carries the run's assumptions in the field assumptions.</source>
      <translation type="obsolete">Таралу жолын анықтаудан бұрын қалдық қоймаларын алдын ала бағалайды: қалдық қоймаларының қауіптілік индексі (THI), шығарынды көлемі, қалдықтардың таралу қашықтығы, қауіп аймағындағы халық және салдар сыныбы. Нәтижелері қосылған объектілер көшірмесін &lt;b&gt;thi&lt;/b&gt; бойынша градацияланған стильмен жазады. Бұл — алдын ала (скрининг) бағалау, бөгеттің бұзылуын зерттеу емес.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қалдық қоймаларының қауіптілік индексі&lt;/b&gt; (БҰҰ ЕЭК / Германия Федералдық қоршаған ортаны қорғау агенттігінің TMF әдістемесінің құрылымы: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, ICPDR-мен бірлесіп): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, мұнда thi_cap = log10(қоймадағы көлем, м³), thi_tox — Германияның суға қауіптілік сыныбы (WGK 1–3) бойынша, thi_man — объектінің мәртебесі бойынша, thi_nat = су тасқыны қаупі + сейсмикалық қауіп, thi_dam — бөгеттің жай-күйі бойынша. Балдар — resources/hazard/thi_scoring.json файлында [verify] деп белгіленген уақытша мәндер (әр ереженің дереккөзі мен мәртебесі көрсетілген); оларды сол файлда ресми кестедегі мәндермен алмастырыңыз немесе өз файлыңызды 'THI бағалау ережелері' параметріне беріңіз. Жоқ немесе жарамсыз кіріс мәні ешқашан 0 деп бағаланбайды: бұл жағдайда индекс ішінара қосынды болады, &lt;b&gt;thi_complete&lt;/b&gt; мәні false, ал &lt;b&gt;thi_missing&lt;/b&gt; жетіспейтін бөліктерді атайды (мысалы, 'flood;dam_safety'); thi_rank барлық объектілерді, соның ішінде ішінара бағаланғандарын да, ранжирлейді (1 = ең жоғары).&lt;br&gt;Су тасқыны және сейсмикалық қауіп өрістен (санат немесе сан) алынады, ал өріс NULL болса — объект орналасқан жердегі растр мәнінен (1-арна: 100 жылда бір рет болатын тасқын тереңдігі, м; топырақтың ең жоғары үдеуі, g, 50 жылда 10% ықтималдықпен).&lt;br&gt;&lt;br&gt;&lt;b&gt;Шығарынды көлемі және таралу қашықтығы&lt;/b&gt; (VT — қоймадағы көлем, VF — шығарынды көлемі, млн м³; H — бөгет биіктігі, м; Dmax — км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (vf_rico_m3, runout_rico_km өрістері);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, мұнда Hf = H·(VF/VT)·VF (vf_cll_m3, runout_cll_km өрістері).&lt;br&gt;VF ешқашан VT-дан аспайды (resources/hazard/runout_methods.json файлындағы max_release_fraction = 1 шегі; бір жария іске асыруда 0.95 қолданылады). Таралу қашықтығының коэффициенттері сол файлда [verify] деп белгіленген.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; және &lt;b&gt;runout_km&lt;/b&gt; — орталық бағалар: жарияланған коэффициенттермен екі әдістің геометриялық орташасы (екеуі де логарифмдік-логарифмдік регрессиялар). &lt;b&gt;Ауқымдар&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): әр әдіс үшін қалдық қоймалары апаттарының ашық тізілімі бойынша (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json) логарифмдік координаттарда ең кіші квадраттар әдісімен қайта бағаланған сол регрессияның болжам аралығы (INTERVAL, әдепкі 90 %): орталық баға · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). Шашырау үлкен: 90 % деңгейде ағып шыққан көлем үшін шамамен ×/÷{fv:.0f} (n = {nv}) және таралу қашықтығы үшін ×/÷{fd:.0f} (n = {nd}). Тізілім бойынша қамту: {ncd} бақыланған қашықтықтың {cd:.0%} және {ncv} ағып шыққан көлемнің {cv:.0%} модульдің 90 % ауқымына кіреді. Ауқым коэффициенттері оны қосымша кеңейтеді (1 = кеңейтусіз). interval_level жолда қолданылған деңгейді көрсетеді. runout_km мәнін tailings:tracedownstream алгоритміне әр объект үшін ең үлкен қашықтық ретінде беруге болады.&lt;br&gt;&lt;b&gt;Бірліктер&lt;/b&gt;: VOLUME_UNIT көлем өрісі м³, мың м³ немесе млн м³ екенін көрсетеді; ол кез келген формуладан бұрын қолданылады, ал мәндер басқа бірлікке ұқсаса, ескерту беріледі.&lt;br&gt;&lt;b&gt;Дерек жоқ — баға жоқ&lt;/b&gt;: қоймадағы көлемі немесе бөгет биіктігі жоқ объект пайдаланушы сценарийі (қосымша параметрлер: қоймадағы көлем және бөгет биіктігі) берілмесе, ағып шыққан көлемді, таралу қашықтығын, сыныпты және рангты алмайды (scenario_source = none); сценарий берілсе, scenario_source = 'user scenario'. thi_rank тек бағаланған объектілерді ранжирлейді; тең мәндер бірдей ең жақсы рангты алады (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Қауіп аймағындағы халық&lt;/b&gt;: елді мекендер мен өзендер берілсе, әр объектінің жолы өзен желісі бойымен (цифрлау бағытымен) орталық таралу қашықтығына (par) және жоғарғы таралу қашықтығына (par_high) дейін анықталады және сол жол дәлізіндегі елді мекендердің халық саны қосылады (tailings:downstreamimpact алгоритміндегі есептеу функциясы). Елді мекендер бүкіл халық санымен есептеледі: бұл — өрескел жуықтау. Елді мекендер мен өзендер болмаса, par NULL болып қалады және сынып берілмейді.&lt;br&gt;&lt;b&gt;Салдар сыныбы&lt;/b&gt; (GISTM 2020, 2-қосымша, 1-кесте) таралу аймағының ішіндегі адамдар бойынша (әдепкі бойынша par_high — консервативті; «Қауіп аймағындағы халық үшін таралу қашықтығы» параметрі орталығын таңдайды; consequence_basis қайсысы екенін көрсетеді): Low — төмен (0), Significant — елеулі (1–10), High — жоғары (10–100), Very High — өте жоғары (100–1 000), Extreme — төтенше (&amp;gt; 1 000). Ортақ шекаралық мәндер төменгі сыныпқа жатады (10 → Significant, 100 → High, 1 000 → Very High), кестедегі '&amp;gt; 1 000' жазуы осыны білдіреді. consequence_by сыныпты анықтаған өлшемшартты атайды.&lt;br&gt;&lt;br&gt;Қате кіріс деректері (көлем ≤ 0, биіктік 0, NULL мәндер, белгісіз мәртебе жолдары, млн м³-пен берілген мәндер сияқты ақылға сыймайтын көлемдер) әр объект бойынша журналда және hazard_notes өрісінде хабарланады. Әр жолда есептеу болжамдары assumptions өрісінде беріледі.</translation>
    </message>
    <message>
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions). &lt;b&gt;Uncertainty range&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): the spread between the two methods, widened by a factor for the scatter of each regression (default ×/÷ 2 for volume, ×/÷ 3 for runout). The fits are loose: r² = 0.86 for released volume and r² = 0.57 for runout (Rico et al. 2008), and Concha Larrauri &amp;amp; Lall (2018) advise reporting uncertainty bands. The factors are of that order but were not read in either paper (status [verify]); set a band factor of 1 to see the spread between methods alone. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt; (par): when settlements and rivers are given, each facility is traced downstream with tailings:tracedownstream up to its runout distance (central or upper end), and the populations of the settlements within the corridor of that pathway are summed. Settlement points count with their whole population: a coarse proxy. Without settlements and rivers (or without the tracing algorithm) par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the population at risk: Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes.</source>
      <translation type="obsolete">Таралу жолын анықтаудан бұрын қалдық қоймаларын алдын ала бағалайды: қалдық қоймаларының қауіптілік индексі (THI), шығарынды көлемі, қалдықтардың таралу қашықтығы, қауіп аймағындағы халық және салдар сыныбы. Нәтижелері қосылған объектілер көшірмесін &lt;b&gt;thi&lt;/b&gt; бойынша градацияланған стильмен жазады. Бұл — алдын ала (скрининг) бағалау, бөгеттің бұзылуын зерттеу емес.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қалдық қоймаларының қауіптілік индексі&lt;/b&gt; (БҰҰ ЕЭК / Германия Федералдық қоршаған ортаны қорғау агенттігінің TMF әдістемесінің құрылымы: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, ICPDR-мен бірлесіп): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, мұнда thi_cap = log10(қоймадағы көлем, м³), thi_tox — Германияның суға қауіптілік сыныбы (WGK 1–3) бойынша, thi_man — объектінің мәртебесі бойынша, thi_nat = су тасқыны қаупі + сейсмикалық қауіп, thi_dam — бөгеттің жай-күйі бойынша. Балдар — resources/hazard/thi_scoring.json файлында [verify] деп белгіленген уақытша мәндер (әр ереженің дереккөзі мен мәртебесі көрсетілген); оларды сол файлда ресми кестедегі мәндермен алмастырыңыз немесе өз файлыңызды 'THI бағалау ережелері' параметріне беріңіз. Жоқ немесе жарамсыз кіріс мәні ешқашан 0 деп бағаланбайды: бұл жағдайда индекс ішінара қосынды болады, &lt;b&gt;thi_complete&lt;/b&gt; мәні false, ал &lt;b&gt;thi_missing&lt;/b&gt; жетіспейтін бөліктерді атайды (мысалы, 'flood;dam_safety'); thi_rank барлық объектілерді, соның ішінде ішінара бағаланғандарын да, ранжирлейді (1 = ең жоғары).&lt;br&gt;Су тасқыны және сейсмикалық қауіп өрістен (санат немесе сан) алынады, ал өріс NULL болса — объект орналасқан жердегі растр мәнінен (1-арна: 100 жылда бір рет болатын тасқын тереңдігі, м; топырақтың ең жоғары үдеуі, g, 50 жылда 10% ықтималдықпен).&lt;br&gt;&lt;br&gt;&lt;b&gt;Шығарынды көлемі және таралу қашықтығы&lt;/b&gt; (VT — қоймадағы көлем, VF — шығарынды көлемі, млн м³; H — бөгет биіктігі, м; Dmax — км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (vf_rico_m3, runout_rico_km өрістері);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, мұнда Hf = H·(VF/VT)·VF (vf_cll_m3, runout_cll_km өрістері).&lt;br&gt;VF ешқашан VT-дан аспайды (resources/hazard/runout_methods.json файлындағы max_release_fraction = 1 шегі; бір жария іске асыруда 0.95 қолданылады). Таралу қашықтығының коэффициенттері сол файлда [verify] деп белгіленген.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; және &lt;b&gt;runout_km&lt;/b&gt; — орталық бағалар: екі әдістің геометриялық орташасы (екеуі де логарифмдік-логарифмдік регрессиялар). &lt;b&gt;Белгісіздік ауқымы&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): екі әдіс арасындағы шашырау, әр регрессияның шашырауын ескеретін коэффициентпен кеңейтілген (әдепкі бойынша көлем үшін ×/÷ 2, таралу қашықтығы үшін ×/÷ 3). Регрессиялардың дәлдігі төмен: шығарынды көлемі үшін r² = 0.86, таралу қашықтығы үшін r² = 0.57 (Rico et al. 2008), ал Concha Larrauri &amp;amp; Lall (2018) белгісіздік ауқымын көрсетуді ұсынады. Коэффициенттер осы шамалас, бірақ екі мақаланың ешқайсысынан оқылмаған (мәртебесі [verify]); тек әдістер арасындағы шашырауды көру үшін ауқым коэффициентін 1 деп қойыңыз. runout_km мәнін tailings:tracedownstream алгоритміне әр объект үшін ең үлкен қашықтық ретінде беруге болады.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қауіп аймағындағы халық&lt;/b&gt; (par): елді мекендер мен өзендер берілсе, әр объектінің таралу жолы tailings:tracedownstream арқылы ағыс бойымен төмен таралу қашықтығына дейін (орталық баға немесе жоғарғы шек) анықталады және сол таралу жолы дәлізіндегі елді мекендердің халық саны қосылады. Елді мекен нүктелері бүкіл халық санымен есептеледі: бұл — өрескел жуықтау. Елді мекендер мен өзендер болмаса (немесе таралу жолын анықтау алгоритмі болмаса), par NULL болып қалады және сынып берілмейді.&lt;br&gt;&lt;b&gt;Салдар сыныбы&lt;/b&gt; (GISTM 2020, 2-қосымша, 1-кесте) қауіп аймағындағы халық бойынша: Low — төмен (0), Significant — елеулі (1–10), High — жоғары (10–100), Very High — өте жоғары (100–1 000), Extreme — төтенше (&amp;gt; 1 000). Ортақ шекаралық мәндер төменгі сыныпқа жатады (10 → Significant, 100 → High, 1 000 → Very High), кестедегі '&amp;gt; 1 000' жазуы осыны білдіреді. consequence_by сыныпты анықтаған өлшемшартты атайды.&lt;br&gt;&lt;br&gt;Қате кіріс деректері (көлем ≤ 0, биіктік 0, NULL мәндер, белгісіз мәртебе жолдары, млн м³-пен берілген мәндер сияқты ақылға сыймайтын көлемдер) әр объект бойынша журналда және hazard_notes өрісінде хабарланады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hazard_help.py" line="14" />
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks the assessed facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions), with the published coefficients. &lt;b&gt;Ranges&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): per method the prediction interval (INTERVAL, 90 % by default) of a log-log least-squares refit of the same regression on the public record of tailings dam failures (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): central · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). The scatter is large: about ×/÷{fv:.0f} for the released volume (n = {nv}) and ×/÷{fd:.0f} for the runout (n = {nd}) at 90 %. Coverage on the record: {cd:.0%} of {ncd} observed runouts and {cv:.0%} of {ncv} released volumes lie inside the plugin's 90 % range. The band factors multiply the range further (1 = none). interval_level says which level a row uses. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;b&gt;Units&lt;/b&gt;: VOLUME_UNIT says whether the volume field is in m³, thousand m³ (тыс. м³) or million m³; it is applied before any formula, and a warning says when the values look like another unit.&lt;br&gt;&lt;b&gt;Missing is missing&lt;/b&gt;: a facility without stored volume or dam height gets no released volume, no runout, no class and no rank (scenario_source = none), unless a user scenario (advanced: stored volume and dam height) is given; scenario_source then says 'user scenario'. thi_rank ranks the assessed facilities only; ties share the best rank (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt;: when settlements and rivers are given, each facility is traced down the river network (digitised direction) to its central runout (par) and to its upper runout (par_high), and the populations of the settlements within the corridor of that pathway are summed (the same engine function as tailings:downstreamimpact). Settlements count with their whole population: a coarse proxy. Without settlements and rivers par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone (par_high by default, conservative; 'Runout used for the population at risk' picks the central one; consequence_basis says which): Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes. Every row carries the run's assumptions in the field assumptions.</source>
      <translation>Таралу жолын анықтаудан бұрын қалдық қоймаларын алдын ала бағалайды: қалдық қоймаларының қауіптілік индексі (THI), ағып шыққан қалдық көлемі, қалдықтардың таралу қашықтығы, қауіп аймағындағы халық және салдар сыныбы. Нәтижелері қосылған объектілер көшірмесін &lt;b&gt;thi&lt;/b&gt; бойынша градацияланған стильмен жазады. Бұл — алдын ала (скрининг) бағалау, бөгеттің бұзылуын зерттеу емес.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қалдық қоймаларының қауіптілік индексі&lt;/b&gt; (БҰҰ ЕЭК / Германия Федералдық қоршаған ортаны қорғау агенттігінің TMF әдістемесінің құрылымы: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, ICPDR-мен бірлесіп): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, мұнда thi_cap = log10(қоймадағы көлем, м³), thi_tox — Германияның суға қауіптілік сыныбы (WGK 1–3) бойынша, thi_man — объектінің мәртебесі бойынша, thi_nat = су тасқыны қаупі + сейсмикалық қауіп, thi_dam — бөгеттің жай-күйі бойынша. Балдар — resources/hazard/thi_scoring.json файлында [verify] деп белгіленген уақытша мәндер (әр ереженің дереккөзі мен мәртебесі көрсетілген); оларды сол файлда ресми кестедегі мәндермен алмастырыңыз немесе өз файлыңызды 'THI бағалау ережелері' параметріне беріңіз. Жоқ немесе жарамсыз кіріс мәні ешқашан 0 деп бағаланбайды: бұл жағдайда индекс ішінара қосынды болады, &lt;b&gt;thi_complete&lt;/b&gt; мәні false, ал &lt;b&gt;thi_missing&lt;/b&gt; жетіспейтін бөліктерді атайды (мысалы, 'flood;dam_safety'); thi_rank бағаланған объектілерді, соның ішінде ішінара бағаланғандарын да, ранжирлейді (1 = ең жоғары).&lt;br&gt;Су тасқыны және сейсмикалық қауіп өрістен (санат немесе сан) алынады, ал өріс NULL болса — объект орналасқан жердегі растр мәнінен (1-арна: 100 жылда бір рет болатын тасқын тереңдігі, м; топырақтың ең жоғары үдеуі, g, 50 жылда 10% ықтималдықпен).&lt;br&gt;&lt;br&gt;&lt;b&gt;Ағып шыққан қалдық көлемі және таралу қашықтығы&lt;/b&gt; (VT — қоймадағы көлем, VF — ағып шыққан қалдық көлемі, млн м³; H — бөгет биіктігі, м; Dmax — км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (vf_rico_m3, runout_rico_km өрістері);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, мұнда Hf = H·(VF/VT)·VF (vf_cll_m3, runout_cll_km өрістері).&lt;br&gt;VF ешқашан VT-дан аспайды (resources/hazard/runout_methods.json файлындағы max_release_fraction = 1 шегі; бір жария іске асыруда 0.95 қолданылады). Таралу қашықтығының коэффициенттері сол файлда [verify] деп белгіленген.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; және &lt;b&gt;runout_km&lt;/b&gt; — орталық бағалар: жарияланған коэффициенттермен екі әдістің геометриялық орташасы (екеуі де логарифмдік-логарифмдік регрессиялар). &lt;b&gt;Ауқымдар&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): әр әдіс үшін қалдық қоймалары апаттарының ашық тізілімі бойынша (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json) логарифмдік координаттарда ең кіші квадраттар әдісімен қайта бағаланған сол регрессияның болжам аралығы (INTERVAL, әдепкі 90 %): орталық баға · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). Шашырау үлкен: 90 % деңгейде ағып шыққан көлем үшін шамамен ×/÷{fv:.0f} (n = {nv}) және таралу қашықтығы үшін ×/÷{fd:.0f} (n = {nd}). Тізілім бойынша қамту: {ncd} бақыланған қашықтықтың {cd:.0%} және {ncv} ағып шыққан көлемнің {cv:.0%} модульдің 90 % ауқымына кіреді. Ауқым коэффициенттері оны қосымша кеңейтеді (1 = кеңейтусіз). interval_level жолда қолданылған деңгейді көрсетеді. runout_km мәнін tailings:tracedownstream алгоритміне әр объект үшін ең үлкен қашықтық ретінде беруге болады.&lt;br&gt;&lt;b&gt;Бірліктер&lt;/b&gt;: VOLUME_UNIT көлем өрісі м³, мың м³ немесе млн м³ екенін көрсетеді; ол кез келген формуладан бұрын қолданылады, ал мәндер басқа бірлікке ұқсаса, ескерту беріледі.&lt;br&gt;&lt;b&gt;Дерек жоқ — баға жоқ&lt;/b&gt;: қоймадағы көлемі немесе бөгет биіктігі жоқ объект пайдаланушы сценарийі (қосымша параметрлер: қоймадағы көлем және бөгет биіктігі) берілмесе, ағып шыққан көлемді, таралу қашықтығын, сыныпты және рангты алмайды (scenario_source = none); сценарий берілсе, scenario_source = 'user scenario'. thi_rank тек бағаланған объектілерді ранжирлейді; тең мәндер бірдей ең жақсы рангты алады (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Қауіп аймағындағы халық&lt;/b&gt;: елді мекендер мен өзендер берілсе, әр объектінің жолы өзен желісі бойымен (цифрлау бағытымен) орталық таралу қашықтығына (par) және жоғарғы таралу қашықтығына (par_high) дейін анықталады және сол жол дәлізіндегі елді мекендердің халық саны қосылады (tailings:downstreamimpact алгоритміндегі есептеу функциясы). Елді мекендер бүкіл халық санымен есептеледі: бұл — өрескел жуықтау. Елді мекендер мен өзендер болмаса, par NULL болып қалады және сынып берілмейді.&lt;br&gt;&lt;b&gt;Салдар сыныбы&lt;/b&gt; (GISTM 2020, 2-қосымша, 1-кесте) таралу аймағының ішіндегі адамдар бойынша (әдепкі бойынша par_high — консервативті; «Қауіп аймағындағы халық үшін таралу қашықтығы» параметрі орталығын таңдайды; consequence_basis қайсысы екенін көрсетеді): Low — төмен (0), Significant — елеулі (1–10), High — жоғары (10–100), Very High — өте жоғары (100–1 000), Extreme — төтенше (&amp;gt; 1 000). Ортақ шекаралық мәндер төменгі сыныпқа жатады (10 → Significant, 100 → High, 1 000 → Very High), кестедегі '&amp;gt; 1 000' жазуы осыны білдіреді. consequence_by сыныпты анықтаған өлшемшартты атайды.&lt;br&gt;&lt;br&gt;Қате кіріс деректері (көлем ≤ 0, биіктік 0, NULL мәндер, белгісіз мәртебе жолдары, млн м³-пен берілген мәндер сияқты ақылға сыймайтын көлемдер) әр объект бойынша журналда және hazard_notes өрісінде хабарланады. Әр жолда есептеу болжамдары assumptions өрісінде беріледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="101" />
      <source>Secondary commodity</source>
      <translation>Қосалқы пайдалы қазба</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="68" />
      <source>Seismic hazard field (low / moderate / high or PGA g)</source>
      <translation>Сейсмикалық қауіп өрісі (low / moderate / high немесе PGA, g)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="124" />
      <source>Seismic hazard raster, PGA (g)</source>
      <translation>Сейсмикалық қауіп растры, PGA (g)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="74" />
      <source>Seo and Cheong (1998)</source>
      <translation>Со және Чхон (1998)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="74" />
      <source>Separate drainage systems</source>
      <translation>Бөлек су жинау жүйелері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="61" />
      <source>Sets the snap distance of the panel's downstream runs in this project to {distance}.</source>
      <translation>Осы жобадағы панель есептеулері үшін өзенге байланыстыру қашықтығын {distance} етіп орнатады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="54" />
      <source>Settlement</source>
      <translation>Елді мекен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="238" />
      <source>Settlement name field</source>
      <translation>Елді мекен атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="46" />
      <source>Settlement names in that language: field of the settlement layer (empty: name_ru for Russian, name_kk for Kazakh, when the layer has it)</source>
      <translation>Елді мекендердің осы тілдегі атаулары: елді мекендер қабатының өрісі (бос болса: орыс тілі үшін name_ru, қазақ тілі үшін name_kk, егер қабатта ондай өріс болса)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="296" />
      <source>Settlement, by population</source>
      <translation>Елді мекен (халық саны бойынша)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="209" />
      <source>Settlements</source>
      <translation>Елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="24" />
      <source>Settlements (GeoNames)</source>
      <translation>Елді мекендер (GeoNames)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="229" />
      <source>Settlements (default: bundled sample)</source>
      <translation>Елді мекендер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <source>Settlements (for the population at risk)</source>
      <translation type="obsolete">Елді мекендер (қауіп аймағындағы халықты есептеу үшін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="63" />
      <source>Settlements downstream</source>
      <translation>Ағыс бойымен төмендегі елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="42" />
      <source>Settlements exposed</source>
      <translation>Әсерге ұшырайтын елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="67" />
      <source>Settlements of unknown population</source>
      <translation>Халық саны белгісіз елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="292" />
      <source>Settlements, for their names (default: bundled sample)</source>
      <translation>Елді мекендер, атаулары үшін (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="162" />
      <source>Shared facility registry</source>
      <translation>Қалдық қоймаларының ортақ тізілімі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="62" />
      <source>Show in the card and the profile only the places reached within this time</source>
      <translation>Карточка мен профильде тек осы уақыт ішінде жететін пункттерді көрсету</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="97" />
      <source>Show in the chart only the facilities that arrive within this time</source>
      <translation>Графикте тек осы уақыт ішінде төгіндісі жететін объектілерді көрсету</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="27" />
      <source>Siachen Glacier</source>
      <translation>Сиачен мұздығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="34" />
      <source>Significant</source>
      <translation>Елеулі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="276" />
      <source>Slope field (m/m)</source>
      <translation>Еңіс өрісі (м/м)</translation>
    </message>
    <message>
      <source>Snap distance (m)</source>
      <translation type="obsolete">Байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="121" />
      <source>Snap distance from a facility to the river network (m)</source>
      <translation>Нысанның өзен желісіне байлау қашықтығы (м)</translation>
    </message>
    <message>
      <source>Snap distance to the river (m)</source>
      <translation type="obsolete">Өзенге байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="168" />
      <source>Snap distance to the river network</source>
      <translation>Өзен желісіне байлау қашықтығы</translation>
    </message>
    <message>
      <source>Snap distance to the river network for the population at risk (m)</source>
      <translation type="obsolete">Қауіп аймағындағы халықты есептеу үшін өзен желісіне байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="233" />
      <source>Snapping {n} facilities to the river network...</source>
      <translation>{n} объект өзен желісіне байлануда...</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="143" />
      <source>Some exposed places lie within the lateral mixing length of the release (Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it can be higher.</source>
      <translation>Әсерге ұшыраған кейбір орындар төгіндінің көлденең араласу ұзындығы шегінде орналасқан (Fischer et al. 1979): олар үшін ең жоғары концентрация — қима бойынша орташа мән; жағалау маңында ол жоғарырақ болуы мүмкін.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="53" />
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="313" />
      <source>Spreadsheet (XLSX)</source>
      <translation>Электрондық кесте (XLSX)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="46" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="355" />
      <source>Status and inspection</source>
      <translation>Мәртебесі және тексеру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="35" />
      <source>Status field</source>
      <translation>Мәртебе өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="62" />
      <source>Status field (operating / inactive / closed / abandoned …)</source>
      <translation>Пайдалану мәртебесі өрісі (operating / inactive / closed / abandoned …)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="48" />
      <source>Stored volume</source>
      <translation>Жинақталған көлем</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="49" />
      <source>Stored volume (m³)</source>
      <translation>Жинақталған көлем (м³)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="295" />
      <source>Stored volume (volume_m3)</source>
      <translation>Жинақталған көлем (volume_m3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="59" />
      <source>Stored volume field (m³)</source>
      <translation>Қоймадағы қалдық көлемі өрісі (м³)</translation>
    </message>
    <message>
      <source>Stored volume must be greater than 0 m³, found {v:g}.</source>
      <translation type="obsolete">Жинақталған көлем 0 м³-ден үлкен болуы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="298" />
      <source>Stored volume must be greater than 0 m³, found {v}.</source>
      <translation>Жинақталған көлем 0 м³-ден үлкен болуы керек, табылғаны: {v}.</translation>
    </message>
    <message>
      <source>Stored volume {v:g} m³ is outside the plausible range {lo:g}–{hi:g} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation type="obsolete">Жинақталған көлем {v:g} м³ мүмкін болатын ауқымнан ({lo:g}–{hi:g} м³) тыс: көлем м³-пен берілген бе (млн м³ немесе мың м³ емес пе)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="306" />
      <source>Stored volume {v} m³ is outside the plausible range {lo}–{hi} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation>Жинақталған көлем {v} м³ мүмкін болатын ауқымнан ({lo}–{hi} м³) тыс: көлем м³-пен берілген бе (млн м³ немесе мың м³ емес пе)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="229" />
      <source>Summary by facility</source>
      <translation>Объектілер бойынша жиынтық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="238" />
      <source>Summary: earliest arrival first</source>
      <translation>Жиынтық: алдымен ең ерте ағып жету</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="276" />
      <source>THI</source>
      <translation>THI</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="36" />
      <source>THI rank</source>
      <translation>THI бойынша орны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="142" />
      <source>THI scoring rules (JSON; default: bundled thi_scoring.json)</source>
      <translation>THI бағалау ережелері (JSON; әдепкі: плагинмен берілген thi_scoring.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="143" />
      <source>Table (CSV)</source>
      <translation>Кесте (CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="132" />
      <source>Tables: {schema}.{table}, {schema}.{history}; warnings view: {schema}.{view}.</source>
      <translation>Кестелер: {schema}.{table}, {schema}.{history}; ескертулер көрінісі: {schema}.{view}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="291" />
      <source>Tailings</source>
      <translation>Қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="404" />
      <source>Tailings Hazard Index (THI)</source>
      <translation>Қалдық қоймаларының қауіптілік индексі (THI)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="275" />
      <source>Tailings Hazard Index from the hazard screening (higher = more hazardous)</source>
      <translation>Қауіптілікті алдын ала бағалау нәтижесіндегі қалдық қоймаларының қауіптілік индексі (мәні жоғары болған сайын қауіптірек)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="61" />
      <source>Tailings downstream impact {version}</source>
      <translation>Қалдық қоймалары: ағыс бойымен төмендегі әсер {version}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="339" />
      <source>Tailings downstream-impact plugin</source>
      <translation>Қалдық қоймаларының ағыс бойымен төмендегі әсері модулі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="72" />
      <source>Tailings facilities</source>
      <translation>Қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="108" />
      <source>Tailings facilities (for their names)</source>
      <translation>Қалдық қоймалары (атаулары үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="224" />
      <source>Tailings facilities (hazard screening output)</source>
      <translation>Қалдық қоймалары (қауіптілікті алдын ала бағалау нәтижесі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="72" />
      <source>Tailings facilities panel</source>
      <translation>Қалдық қоймалары панелі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="333" />
      <source>Tailings facilities: downstream impact maps</source>
      <translation>Қалдық қоймалары: ағыс бойымен төмендегі әсер карталары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="178" />
      <source>Tailings facilities: downstream impact screening</source>
      <translation>Қалдық қоймалары: ағыс бойымен төмендегі әсерді алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="105" />
      <source>Tailings facility registry</source>
      <translation>Қалдық қоймалары тізілімі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="122" />
      <source>Tailings sample data</source>
      <translation>Қалдық қоймалары бойынша үлгі деректер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="17" />
      <source>Tajikistan</source>
      <translation>Тәжікстан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="159" />
      <source>The A3 template adds a second page per facility with the downstream profile chart (arrival and peak time along the pathway, settlements sized by population, border crossings, 6/24/72 h marks, peak concentration with its band); a template of your own gets it from a picture item with the id profile_chart.</source>
      <translation>A3 үлгісі әр объектіге ағыс бойымен төмендегі профиль графигі бар екінші бетті қосады (жол бойындағы жету және ең жоғары мән уақыты, халық санына қарай өлшемдегі елді мекендер, шекара қиылыстары, 6/24/72 сағ белгілері, ауытқуымен ең жоғары концентрация); өз үлгіңіз оны profile_chart идентификаторы бар сурет элементі арқылы алады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="374" />
      <source>The DEM could not be opened; the maps have no relief.</source>
      <translation>Биіктік моделін ашу мүмкін болмады; карталарда жер бедері жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="393" />
      <source>The DEM could not be shaded; the maps have no relief.</source>
      <translation>Биіктік моделінің көлеңкесін құру мүмкін болмады; карталарда жер бедері жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="149" />
      <source>The DEM direction needs a DEM raster layer (DEM).</source>
      <translation>ЖБСМ бойынша бағытты анықтау үшін ЖБСМ растрлық қабаты (DEM) қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="155" />
      <source>The DEM direction needs an elevation sampler (a DEM layer).</source>
      <translation>Ағыс бағытын ЖБСМ бойынша анықтау үшін биіктік мәндерін алу құралы (ЖБСМ қабаты) қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="174" />
      <source>The DEM gives no elevation at any reach end (all nodata, or it does not cover the rivers): the flow direction cannot be taken from it. Use a DEM covering the rivers, or another direction source.</source>
      <translation>ЖБСМ учаскелердің ешбір ұшында биіктік бермейді (барлық мәндер NoData немесе ЖБСМ өзендерді қамтымайды): ағыс бағытын ол бойынша анықтау мүмкін емес. Өзендерді қамтитын ЖБСМ немесе бағыттың басқа көзін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="119" />
      <source>The DEM has no coordinate reference system; set it in the layer properties.</source>
      <translation>ЖБСМ-де координаттар жүйесі берілмеген; оны қабат қасиеттерінде орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="115" />
      <source>The DEM must be a raster file (GDAL provider); save it as GeoTIFF first.</source>
      <translation>ЖБСМ растрлық файл болуы керек (GDAL провайдері); алдымен оны GeoTIFF ретінде сақтаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="112" />
      <source>The DEM raster layer could not be opened.</source>
      <translation>ЖБСМ растрлық қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="92" />
      <source>The DEM {path} has no coordinate reference system; assign one (e.g. EPSG:4326).</source>
      <translation>ЖБСМ-де ({path}) координаттар жүйесі берілмеген; оны тағайындаңыз (мысалы, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="85" />
      <source>The DEM {path} is rotated or sheared; warp it to a north-up grid first.</source>
      <translation>ЖБСМ ({path}) торы бұрылған немесе қисайған; алдымен оны солтүстікке бағытталған торға түрлендіріңіз (warp).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="111" />
      <source>The PDF {path} could not be written ({error}).</source>
      <translation>PDF файлын жазу мүмкін болмады: {path} ({error}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="228" />
      <source>The Processing plugin is not enabled.</source>
      <translation>Processing плагині қосылмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="149" />
      <source>The algorithm needs more parameters.</source>
      <translation>Алгоритмге қосымша параметрлер қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="125" />
      <source>The algorithm {id} is not available.</source>
      <translation>{id} алгоритмі қолжетімсіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="281" />
      <source>The assumed slope must be positive (m/m).</source>
      <translation>Болжамды еңіс оң болуы керек (м/м).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="82" />
      <source>The atlas has no page to render.</source>
      <translation>Атласта шығаруға арналған бет жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="184" />
      <source>The border tolerance must be 0 or a positive number of km.</source>
      <translation>Шекара бойынша рұқсат етілген ауытқу 0 немесе км-мен берілген оң сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="63" />
      <source>The compiled flow-path engine needs numba (Debian/Ubuntu: python3-numba; conda: numba).</source>
      <translation>Ағын жолдарын есептейтін компиляцияланған модульге numba қажет (Debian/Ubuntu: python3-numba; conda: numba).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="124" />
      <source>The connection string contains a password: it would be stored in the project with the layer. Use a QGIS connection with an authentication configuration or a pg_service.conf service instead.</source>
      <translation>Қосылым жолында құпия сөз бар: ол қабатпен бірге жобада сақталып қалады. Оның орнына аутентификация конфигурациясы бар QGIS қосылымын немесе pg_service.conf сервисін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="219" />
      <source>The consequence class counts the people inside the runout zone only; the downstream exposure (settlements and population along the pathway) is shown beside it.</source>
      <translation>Салдар сыныбы тек таралу аймағындағы халықты есептейді; ағыс бойымен төмендегі әсер (жол бойындағы елді мекендер мен халық) оның қасында көрсетіледі.</translation>
    </message>
    <message>
      <source>The constant velocity must be positive (m/s), found {v:g}.</source>
      <translation type="obsolete">Тұрақты ағыс жылдамдығы оң сан болуы керек (м/с), берілгені: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="260" />
      <source>The constant velocity must be positive (m/s), found {v}.</source>
      <translation>Тұрақты ағыс жылдамдығы оң сан болуы керек (м/с), берілгені: {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="81" />
      <source>The coordinate reference system {crs} is not valid: choose another one.</source>
      <translation>{crs} координаттар жүйесі жарамсыз: басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="427" />
      <source>The corridor width must be a positive number of metres (got {c}).</source>
      <translation>Дәліз ені метрмен берілген оң сан болуы керек (берілгені: {c}).</translation>
    </message>
    <message>
      <source>The corridor width {c:.0f} m is too large; use at most 200 km.</source>
      <translation type="obsolete">Дәліз ені {c:.0f} м — тым үлкен; 200 км-ден аспайтын мән беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="431" />
      <source>The corridor width {c} m is too large; use at most 200 km.</source>
      <translation>Дәліз ені {c} м — тым үлкен; 200 км-ден аспайтын мән беріңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="201" />
      <source>The country '{c}' is not in the country field. Values found: {v}.</source>
      <translation>«{c}» елі ел өрісінде жоқ. Табылған мәндер: {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="288" />
      <source>The country layer has no country code or name field that could be guessed: choose COUNTRY_FIELD (e.g. ADM0_A3).</source>
      <translation>Елдер қабатында ел коды немесе атауы өрісін анықтау мүмкін болмады: COUNTRY_FIELD таңдаңыз (мысалы, ADM0_A3).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="295" />
      <source>The country layer has no usable polygon.</source>
      <translation>Елдер қабатында жарамды полигон жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="132" />
      <source>The database refused the import: {reason}</source>
      <translation>Дерекқор импортты қабылдамады: {reason}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="106" />
      <source>The database refused to create the registry: {reason}</source>
      <translation>Дерекқор тізілімді құрудан бас тартты: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="233" />
      <source>The decay or settling rate must be 0 or positive (per hour).</source>
      <translation>Ыдырау немесе тұну жылдамдығы 0 немесе оң болуы керек (сағатына).</translation>
    </message>
    <message>
      <source>The depression near {lon:.4f} E, {lat:.4f} N drains only over a spill at {z:.1f} m; {n} cells were flooded to find it.</source>
      <translation type="obsolete">{lon:.4f} ш.б., {lat:.4f} с.е. маңындағы ойпаңнан су тек {z:.1f} м биіктіктегі асу нүктесі арқылы ағып шығады; оны табу үшін {n} ұяшық толтырылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="292" />
      <source>The depression near {lon} E, {lat} N drains only over a spill at {z} m; {n} cells were flooded to find it.</source>
      <translation>{lon} ш.б., {lat} с.е. маңындағы ойпаңнан су тек {z} м биіктіктегі асу нүктесі арқылы ағып шығады; оны табу үшін {n} ұяшық толтырылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="200" />
      <source>The dispersion coefficient chosen above</source>
      <translation>Жоғарыда таңдалған дисперсия коэффициенті</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="532" />
      <source>The downstream layers in the project hold no rows for it.</source>
      <translation>Жобадағы ағыс бойымен төмендегі әсер қабаттарында бұл объект бойынша жолдар жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="165" />
      <source>The elevation sampler returned {k} values for {n} points.</source>
      <translation>Биіктік мәндерін алу құралы {n} нүкте үшін {k} мән қайтарды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="260" />
      <source>The existing registry is in EPSG:{have}, not EPSG:{wanted}: run again with CRS EPSG:{have}.</source>
      <translation>Бар тізілім EPSG:{wanted} емес, EPSG:{have} жүйесінде: EPSG:{have} координаттар жүйесімен қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="333" />
      <source>The existing registry {schema}.{table} cannot be upgraded; nothing was changed:</source>
      <translation>{schema}.{table} бар тізілімін жаңарту мүмкін емес; ештеңе өзгертілмеді:</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="123" />
      <source>The facilities ({f}) and the DEM ({d}) use different coordinate reference systems; the facilities are reprojected to the DEM.</source>
      <translation>Объектілер ({f}) мен ЖБСМ ({d}) әртүрлі координаттар жүйесінде; объектілер ЖБСМ жүйесіне қайта проекцияланады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="185" />
      <source>The facility id '{id}' is used by {n} features ({fids}): ids must be unique.</source>
      <translation>«{id}» нысан идентификаторы {n} объектте қайталанады ({fids}): идентификаторлар бірегей болуы тиіс.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="276" />
      <source>The facility layer could not be opened.</source>
      <translation>Объектілер қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="304" />
      <source>The facility layer has no facility with an id and a location.</source>
      <translation>Объектілер қабатында идентификаторы мен орналасқан жері көрсетілген объект жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="281" />
      <source>The facility layer has no field '{f}'. Available fields: {names}.</source>
      <translation>Объектілер қабатында '{f}' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="161" />
      <source>The facility layer lacks '{id}' or '{name}': facilities are named by their id.</source>
      <translation>Объектілер қабатында «{id}» немесе «{name}» өрісі жоқ: объектілер идентификаторымен аталады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="146" />
      <source>The failure record fit has no regression {name!r}; known: {known}.</source>
      <translation>Апаттар тізіліміне сәйкестендіруде {name!r} регрессиясы жоқ; белгілілері: {known}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="87" />
      <source>The field '{field}' ({label}) is not in the layer. Available fields: {available}.</source>
      <translation>Қабатта '{field}' өрісі ({label}) жоқ. Бар өрістер: {available}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="227" />
      <source>The field '{f}' ({label}) is not in the layer.</source>
      <translation>'{f}' өрісі ({label}) қабатта жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="323" />
      <source>The field '{f}' is not in the facility layer.</source>
      <translation>'{f}' өрісі объектілер қабатында жоқ.</translation>
    </message>
    <message>
      <source>The flow path from {lon:.5f} E, {lat:.5f} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation type="obsolete">{lon:.5f} ш.б., {lat:.5f} с.е. нүктесінен басталатын ағын жолында биіктік айырмасы жоқ: ЖБСМ ол жерде тегіс, сондықтан жол тек тегіс аймақтан шығатын ең қысқа бағытпен жүреді ({reason}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="373" />
      <source>The flow path from {lon} E, {lat} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation>{lon} ш.б., {lat} с.е. нүктесінен басталатын ағын жолында биіктік айырмасы жоқ: ЖБСМ ол жерде тегіс, сондықтан жол тек тегіс аймақтан шығатын ең қысқа бағытпен жүреді ({reason}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="256" />
      <source>The folder {folder} of the output '{out}' does not exist. Create it or choose another.</source>
      <translation>«{out}» нәтижесінің {folder} қалтасы жоқ. Оны жасаңыз немесе басқасын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="262" />
      <source>The folder {folder} of the output '{out}' is read-only: choose a folder you can write to.</source>
      <translation>«{out}» нәтижесінің {folder} қалтасы тек оқуға арналған: жазуға болатын қалтаны таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="453" />
      <source>The hazard index style was not loaded: {m}</source>
      <translation>Қауіптілік индексінің стилі жүктелмеді: {m}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="100" />
      <source>The id direction needs REACH_ID_FIELD and DOWNSTREAM_ID_FIELD.</source>
      <translation>Ағыс бағытын идентификаторлар бойынша анықтау үшін REACH_ID_FIELD және DOWNSTREAM_ID_FIELD қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="295" />
      <source>The id direction needs a reach-id field and a downstream-id field.</source>
      <translation>Ағыс бағытын идентификаторлар бойынша анықтау үшін учаске идентификаторы өрісі және төменгі учаске идентификаторы өрісі қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="422" />
      <source>The input field '{f}' is replaced by the result of the same name.</source>
      <translation>'{f}' кіріс өрісі аттас нәтиже өрісімен алмастырылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="146" />
      <source>The inputs do not record the run parameters.</source>
      <translation>Кіріс деректерде есептеу параметрлері жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="158" />
      <source>The interval level must be a number, found {v!r}.</source>
      <translation>Аралық деңгейі сан болуы керек, алынғаны {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="163" />
      <source>The interval level must be between 0 and 99.9 %, found {v!r}.</source>
      <translation>Аралық деңгейі 0 мен 99,9 % аралығында болуы керек, алынғаны {v!r}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="166" />
      <source>The layer has no CRS: coordinates are taken as they are.</source>
      <translation>Қабатта координаттар жүйесі жоқ: координаттар сол күйінде алынады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="95" />
      <source>The layer has no coordinate reference system.</source>
      <translation>Қабаттың координаттар жүйесі (CRS) берілмеген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="148" />
      <source>The layer has no field '{f}': name the field that holds it.</source>
      <translation>Қабатта '{f}' өрісі жоқ: ол сақталатын өрісті көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="183" />
      <source>The layer {layer} lacks the fields {fields}: give the outputs of tailings:borderwatch.</source>
      <translation>{layer} қабатында {fields} өрістері жоқ: tailings:borderwatch шығыс қабаттарын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="55" />
      <source>The layer {layer} lacks the fields {fields}: give the outputs of tailings:upstreamsources.</source>
      <translation>{layer} қабатында {fields} өрістері жоқ: tailings:upstreamsources шығыс қабаттарын беріңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="417" />
      <source>The layer {layer} of {path} was replaced; its other layers were kept.</source>
      <translation>{path} ішіндегі {layer} қабаты ауыстырылды; файлдың басқа қабаттары сақталды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="110" />
      <source>The layers use different coordinate reference systems ({parts}); all are reprojected to WGS 84 for the analysis.</source>
      <translation>Қабаттар әртүрлі координаттар жүйесінде ({parts}); талдау үшін олардың барлығы WGS 84 жүйесіне қайта проекцияланады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="202" />
      <source>The layout template {name} cannot be used: {problems}. Give each item its id in QGIS (Item Properties ▸ Item ID) or start from the bundled template.</source>
      <translation>{name} макет үлгісін пайдалану мүмкін емес: {problems}. QGIS-те әр элементке оның идентификаторын беріңіз (Item Properties ▸ Item ID) немесе плагинмен бірге келетін үлгіден бастаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="131" />
      <source>The layout template {path} does not exist.</source>
      <translation>Макет үлгісі табылмады: {path}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="137" />
      <source>The layout template {path} is not valid XML.</source>
      <translation>Макет үлгісі ({path}) жарамды XML емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="231" />
      <source>The leading-edge fraction must lie between 0 and 1.</source>
      <translation>Фронттың алдыңғы шетінің үлесі 0 мен 1 аралығында болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="373" />
      <source>The map folder {f} does not exist.</source>
      <translation>Карталар қалтасы жоқ: {f}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="134" />
      <source>The map of facility {fid} could not be written to {path} (QGIS error {code}).</source>
      <translation>{fid} объектісінің картасын {path} файлына жазу мүмкін болмады (QGIS қатесі {code}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="156" />
      <source>The maximum fill depth must be zero or positive.</source>
      <translation>Толтырудың ең үлкен тереңдігі нөл немесе оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="191" />
      <source>The node tolerance must be zero or positive, not {t}.</source>
      <translation>Түйіндер үшін рұқсат етілген ауытқу нөл немесе оң болуы керек, ал берілгені: {t}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="406" />
      <source>The other way round from tailings:downstreamimpact: for each receptor (a water intake, a town, a gauging station) every facility whose downstream pathway passes it, with the distance along the river (dist_km, overland leg included), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l, with the spread over the four dispersion formulas in peak_conc_lo/hi_mg_l).&lt;br&gt;A receptor is reached on every reach within the receptor snap distance (a town at a confluence is reached down either river; the nearest point counts, as in the corridor search of tailings:downstreamimpact); facilities join the network as in tailings:tracedownstream. The river network, flow direction, main stem and hydraulics are those of tailings:downstreamimpact, so both give the same distance and arrival for a facility and a receptor on its pathway.&lt;br&gt;&lt;b&gt;Method&lt;/b&gt;: one pass for all receptors, not one trace per pair. Along the network the distance, travel time tau = sum L/U and passage-time variance sigma² = sum 2·K·L/U³ (frozen cloud, Fischer et al. 1979) from every reach to the end of its downstream chain are summed once by pointer doubling; a facility reaches a receptor when the receptor lies the right number of steps down its chain (binary lifting, Bender &amp;amp; Farach-Colton 2000). Without a main stem, pathways that meet a bifurcation follow all branches: a shortest-distance walk upstream from the receptor (Dijkstra 1959). Velocity: constant, per-reach field or from discharge (Leopold &amp;amp; Maddock 1953; Raymond et al. 2012); dispersion K from Fischer (1975), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak C = M/(Q·√(2πσ²)) at the receptor; leading edge 0.89 × time to peak (Jobson 1996).&lt;br&gt;MAX_DISTANCE (km) and MAX_TIME_H (h of arrival) limit the pairs. With a country layer, countries lists the countries the release passes on the way (border stretches merged within the border tolerance, as in tailings:downstreamimpact).&lt;br&gt;OUTPUT: one line per receptor × facility (the river stretch from the facility to the receptor, the first piece an assumed straight overland leg), ordered by arrival (rank 1 = first). SUMMARY: one point per receptor with the number of facilities, the earliest arrival and from which facility, and the hazard index and consequence class of the worst facility when the facility layer carries them (e.g. the output of tailings:hazardscreening: thi, consequence_class).&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model.</source>
      <translation>tailings:downstreamimpact алгоритміне кері есеп: әр әсер ету объектісі (су алу құрылысы, елді мекен, гидробекет) үшін ағыс бойымен төмен таралу жолы одан өтетін барлық объектілер, өзен бойындағы қашықтық (dist_km, жер бетіндегі учаскені қоса), ластану шебінің ағып жету уақыты (arrival_h), шың уақыты (peak_h) және ең жоғары концентрация (peak_conc_mg_l, төрт дисперсия формуласы бойынша шашырауы peak_conc_lo/hi_mg_l өрістерінде).&lt;br&gt;Әсер ету объектісіне оның байлау қашықтығы шегіндегі әр өзен учаскесі арқылы жетуге болады (өзендер қосылатын жердегі елді мекенге кез келген өзен арқылы жетеді; tailings:downstreamimpact дәлізіндегі іздеудегідей ең жақын нүкте ескеріледі); объектілер желіге tailings:tracedownstream алгоритміндегідей байланады. Өзен желісі, ағыс бағыты, негізгі арна және гидравлика tailings:downstreamimpact алгоритміндегідей, сондықтан екі алгоритм объект пен оның жолындағы әсер ету объектісі үшін бірдей қашықтық пен ағып жету уақытын береді.&lt;br&gt;&lt;b&gt;Әдіс&lt;/b&gt;: әр жұп үшін жеке трассалау емес, барлық әсер ету объектілері үшін бір өту. Әр учаскеден оның ағыс бойымен төмендегі тізбегінің соңына дейінгі қашықтық, ағып жету уақыты tau = sum L/U және өту уақытының дисперсиясы sigma² = sum 2·K·L/U³ («қатып қалған бұлт» жуықтауы, Fischer et al. 1979) көрсеткіштерді екі еселеу әдісімен бір рет қосылады; әсер ету объектісі объектінің тізбегі бойымен қажетті қадам санымен төменде жатса, объект оған жетеді (екілік көтерілу, Bender &amp;amp; Farach-Colton 2000). Негізгі арна берілмесе, бифуркацияға жеткен жолдар барлық тармақтармен жүреді: әсер ету объектісінен ағыс бойымен жоғары ең қысқа жолды іздеу (Dijkstra 1959). Жылдамдық: тұрақты, учаске өрісінен немесе су өтімі бойынша (Leopold &amp;amp; Maddock 1953; Raymond et al. 2012); дисперсия коэффициенті K: Fischer (1975), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) немесе Seo &amp;amp; Cheong (1998); әсер ету объектісіндегі ең жоғары концентрация C = M/(Q·√(2πσ²)); ластану шебі шыңға дейінгі уақыттың 0,89 бөлігі (Jobson 1996).&lt;br&gt;MAX_DISTANCE (км) және MAX_TIME_H (ағып жету уақыты, сағ) жұптарды шектейді. Елдер қабаты берілсе, countries өрісі ағызынды жолда өтетін елдерді тізеді (шекара бойындағы учаскелер рұқсат етілген ауытқу шегінде біріктіріледі, tailings:downstreamimpact алгоритміндегідей).&lt;br&gt;OUTPUT: әр «әсер ету объектісі × объект» жұбына бір сызық (объектіден әсер ету объектісіне дейінгі өзен учаскесі; бірінші бөлігі — шартты түзу жер беті учаскесі), ағып жету уақыты бойынша реттелген (rank 1 = бірінші). SUMMARY: әр әсер ету объектісіне бір нүкте: объектілер саны, ең ерте ағып жету уақыты және оның объектісі, сондай-ақ объектілер қабатында болса, ең қауіпті объектінің қауіптілік индексі мен салдар сыныбы (мысалы, tailings:hazardscreening нәтижесі: thi, consequence_class).&lt;br&gt;Төтенше жағдайларға дайындық үшін бағалаулар, калибрленген ескерту моделі емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="228" />
      <source>The output '{out}' ({path}) is the input '{inp}': writing it would destroy the input. Choose another file name.</source>
      <translation>«{out}» нәтижесі ({path}) «{inp}» кіріс деректерімен бірдей: оны жазу кіріс деректерін жойып жібереді. Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="197" />
      <source>The output '{out}' names a layer with '|layername=', which QGIS cannot write. Write to a GeoPackage layer with ogr:dbname='{path}' table="{layer}" (geom), or to a file.</source>
      <translation>«{out}» нәтижесі үшін қабат «|layername=» арқылы көрсетілген, QGIS мұндай жолға жаза алмайды. GeoPackage қабатын ogr:dbname='{path}' table="{layer}" (geom) түрінде немесе жеке файлды көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/upstream.py" line="437" />
      <source>The overland leg needs a constant velocity (m/s).</source>
      <translation>Жер бетіндегі учаске үшін тұрақты жылдамдық (м/с) қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="224" />
      <source>The pathway chainage (dist_km) has missing values.</source>
      <translation>Таралу жолының пикетажында (dist_km) мәндер жетіспейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="226" />
      <source>The pathway chainage (dist_km) must not decrease downstream.</source>
      <translation>Таралу жолының пикетажы (dist_km) ағыс бойымен төмен қарай кемімеуі керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="304" />
      <source>The pathway layer could not be opened.</source>
      <translation>Таралу жолдары қабаты ашылмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="315" />
      <source>The pathway layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>Таралу жолдары қабатында 'facility_id' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="322" />
      <source>The pathway layer has no travel-time fields (from_h/to_h): pathways are drawn in one colour and without time marks. Use the PATHWAYS output of tailings:downstreamimpact.</source>
      <translation>Таралу жолдары қабатында ағып жету уақыты өрістері (from_h/to_h) жоқ: жолдар бір түспен және уақыт белгілерінсіз сызылады. tailings:downstreamimpact алгоритмінің PATHWAYS нәтижесін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="267" />
      <source>The pathway passes through a lake; the 1-D river model treats it as a river reach, so concentrations downstream of the lake are indicative only.</source>
      <translation>Таралу жолы көл арқылы өтеді; бір өлшемді өзен моделі оны өзен учаскесі ретінде қарастырады, сондықтан көлден төмендегі концентрациялар тек бағдарлық мәндер болып табылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="441" />
      <source>The pathway stays within one country.</source>
      <translation>Таралу жолы бір елдің шегінен шықпайды.</translation>
    </message>
    <message>
      <source>The population at risk could not be computed ({err}); par is left NULL.</source>
      <translation type="obsolete">Қауіп аймағындағы халықты есептеу мүмкін болмады ({err}); par NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="478" />
      <source>The population at risk needs both settlements and rivers; par and consequence_class are left NULL.</source>
      <translation>Қауіп аймағындағы халықты есептеу үшін елді мекендер де, өзендер де қажет; par және consequence_class NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="149" />
      <source>The registry form could not be stored in the database: {reason}</source>
      <translation>Тізілім пішінін дерекқорда сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="376" />
      <source>The registry {schema}.{table} exists (schema version {old}); upgraded to version {new}: {cols} columns and {cons} constraints added, triggers and views refreshed; no data changed.</source>
      <translation>{schema}.{table} тізілімі бар (схема нұсқасы {old}); {new} нұсқасына жаңартылды: қосылған бағандар саны — {cols}, шектеулер саны — {cons}, триггерлер мен көріністер жаңартылды; деректер өзгертілмеді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="372" />
      <source>The released mass must be 0 or positive (kg).</source>
      <translation>Өзенге түскен ластағыш зат массасы 0 немесе оң болуы керек (кг).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="60" />
      <source>The report variant for the reverse analyses. From the outputs of &lt;b&gt;tailings:borderwatch&lt;/b&gt; (a notification plan: for each border crossing the facilities whose release reaches it, in order of arrival, and the earliest arrival; UNECE Convention on the Transboundary Effects of Industrial Accidents, 1992) or of &lt;b&gt;tailings:upstreamsources&lt;/b&gt; (for each receptor, a town or a water intake, the facilities upstream by arrival), told apart by their fields (crossing_id or receptor_id).&lt;br&gt;HTML: one self-contained file with the run's parameters and assumptions, a summary table (one row per crossing or receptor, earliest arrival first; how many facilities arrive within 24 h and 72 h) and a section per crossing or receptor with its facilities (distance, arrival in hours and days, peak time and concentration, countries on the way). CSV: the same rows, one per crossing or receptor × facility, and a second file (name_places.csv) with one row per crossing or receptor. Crossings or receptors that no facility reaches are counted, not listed.&lt;br&gt;Distances and times are those of the analysis (Leopold &amp;amp; Maddock 1953, Fischer 1975, Jobson 1996); nothing is recomputed; days = hours / 24.</source>
      <translation>Кері есептерге арналған есеп нұсқасы. &lt;b&gt;tailings:borderwatch&lt;/b&gt; нәтижелері бойынша (хабарлау жоспары: әр шекара қиылысы үшін — төгіндісі оған жететін объектілер, ағып жету реті бойынша, және ең ерте ағып жету; БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы, 1992) немесе &lt;b&gt;tailings:upstreamsources&lt;/b&gt; нәтижелері бойынша (әр әсер ету объектісі — елді мекен немесе су тартқыш — үшін ағыс бойымен жоғарыдағы объектілер ағып жету реті бойынша); түрі өрістер бойынша анықталады (crossing_id немесе receptor_id).&lt;br&gt;HTML: есептің параметрлері мен болжамдары, жиынтық кесте (әр қиылысқа немесе әсер ету объектісіне бір жол, алдымен ең ерте ағып жету; 24 сағат және 72 сағат ішінде қанша объект жетеді) және әр қиылысқа немесе әсер ету объектісіне оның объектілерімен бөлім (қашықтық, сағат пен тәуліктегі ағып жету уақыты, шың уақыты мен концентрациясы, жолдағы елдер) бар бір дербес файл. CSV: сол жолдар, әр «қиылыс немесе әсер ету объектісі × объект» жұбына біреуден, және әр қиылысқа немесе әсер ету объектісіне бір жолы бар екінші файл (атауы_places.csv). Ешбір объект жетпейтін қиылыстар мен әсер ету объектілері саналады, бірақ тізімделмейді.&lt;br&gt;Қашықтықтар мен уақыттар есептен алынады (Leopold &amp;amp; Maddock 1953, Fischer 1975, Jobson 1996); ештеңе қайта есептелмейді; тәулік = сағат / 24.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="509" />
      <source>The river layer has no usable line features.</source>
      <translation>Өзен қабатында жарамды сызықтық нысандар жоқ.</translation>
    </message>
    <message>
      <source>The river layer has no usable lines.</source>
      <translation type="obsolete">Өзендер қабатында жарамды сызықтар жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="200" />
      <source>The river layer has no valid line: {n} features, none with two or more distinct vertices.</source>
      <translation>Өзен қабатында жарамды сызық жоқ: {n} нысанның ешқайсысында екі не одан көп әртүрлі төбе жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="147" />
      <source>The river mask {path} is not on the DEM grid; resample it onto the DEM first.</source>
      <translation>Өзен маскасы ({path}) ЖБСМ торына сәйкес келмейді; алдымен оны ЖБСМ торына қайта дискреттеңіз (resample).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="85" />
      <source>The river network has no usable reach.</source>
      <translation>Өзен желісінде жарамды учаске жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="102" />
      <source>The river slope is unknown: give a slope (m/m) to compute the shear velocity and dispersion.</source>
      <translation>Өзен еңісі белгісіз: динамикалық жылдамдық пен дисперсияны есептеу үшін еңісті (м/м) беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="106" />
      <source>The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km.</source>
      <translation>Өзен еңісі оң болуы керек (м/м), мысалы, әр км-ге 10 см болса — 0.0001.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="114" />
      <source>The sample data file is missing.</source>
      <translation>Үлгі деректер файлы жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="47" />
      <source>The schema name is empty or invalid.</source>
      <translation>Схема атауы бос немесе жарамсыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="326" />
      <source>The settlement layer has no '{n}' or '{p}' field: settlements are not labelled.</source>
      <translation>Елді мекендер қабатында '{n}' немесе '{p}' өрісі жоқ: елді мекендердің жазулары көрсетілмейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/names.py" line="59" />
      <source>The settlement layer has no field '{f}': settlements keep their original names. Available fields: {names}.</source>
      <translation>Елді мекендер қабатында '{f}' өрісі жоқ: елді мекендер бастапқы атауларын сақтайды. Қолжетімді өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="96" />
      <source>The shared registry {schema}.{table} cannot be opened in {db}.</source>
      <translation>{schema}.{table} ортақ тізілімін {db} ішінде ашу мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="188" />
      <source>The snap distance must be zero or positive (metres).</source>
      <translation>Өзенге байлау қашықтығы нөл немесе оң болуы керек (метр).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="190" />
      <source>The start point has no valid coordinates.</source>
      <translation>Бастапқы нүктенің жарамды координаттары жоқ.</translation>
    </message>
    <message>
      <source>The start point {lon:.5f} E, {lat:.5f} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation type="obsolete">Бастапқы нүкте ({lon:.5f} ш.б., {lat:.5f} с.е.) ЖБСМ-нің деректері жоқ (nodata) ұяшығына түседі (бос орын немесе маскаланған су айдыны). Нүктені құрлыққа жылжытыңыз немесе алдымен ЖБСМ-дегі бос орындарды толтырыңыз.</translation>
    </message>
    <message>
      <source>The start point {lon:.5f} E, {lat:.5f} N lies outside the DEM (about {w:.3f} to {e:.3f} E, {s:.3f} to {n:.3f} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation type="obsolete">Бастапқы нүкте ({lon:.5f} ш.б., {lat:.5f} с.е.) ЖБСМ шегінен тыс жатыр (ЖБСМ шамамен {w:.3f}–{e:.3f} ш.б., {s:.3f}–{n:.3f} с.е. аралығын қамтиды). Бұл нүктені қамтитын ЖБСМ пайдаланыңыз және нүктелер мен ЖБСМ координаттар жүйелерінің дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="212" />
      <source>The start point {lon} E, {lat} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation>Бастапқы нүкте ({lon} ш.б., {lat} с.е.) ЖБСМ-нің деректері жоқ (nodata) ұяшығына түседі (бос орын немесе маскаланған су айдыны). Нүктені құрлыққа жылжытыңыз немесе алдымен ЖБСМ-дегі бос орындарды толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="196" />
      <source>The start point {lon} E, {lat} N lies outside the DEM (about {w} to {e} E, {s} to {n} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation>Бастапқы нүкте ({lon} ш.б., {lat} с.е.) ЖБСМ шегінен тыс жатыр (ЖБСМ шамамен {w}–{e} ш.б., {s}–{n} с.е. аралығын қамтиды). Бұл нүктені қамтитын ЖБСМ пайдаланыңыз және нүктелер мен ЖБСМ координаттар жүйелерінің дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="228" />
      <source>The stored volume must be greater than 0.</source>
      <translation>Жинақталған көлем 0-ден үлкен болуы керек.</translation>
    </message>
    <message>
      <source>The stored volumes look large for tailings facilities (median {m:.3g} m³ with VOLUME_UNIT = {u}): are they already in m³? Set VOLUME_UNIT accordingly.</source>
      <translation type="obsolete">Сақталған көлемдер қалдық қоймалары үшін тым үлкен (медиана {m:.3g} м³, VOLUME_UNIT = {u}): олар м³-пен берілген жоқ па? VOLUME_UNIT мәнін сәйкесінше қойыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="416" />
      <source>The stored volumes look large for tailings facilities (median {m} m³ with VOLUME_UNIT = {u}): are they already in m³? Set VOLUME_UNIT accordingly.</source>
      <translation>Сақталған көлемдер қалдық қоймалары үшін тым үлкен (медиана {m} м³, VOLUME_UNIT = {u}): олар м³-пен берілген жоқ па? VOLUME_UNIT мәнін сәйкесінше қойыңыз.</translation>
    </message>
    <message>
      <source>The stored volumes look small for tailings facilities (median {m:.3g} m³ with VOLUME_UNIT = {u}): are they in thousand m³ (тыс. м³) or million m³? Set VOLUME_UNIT accordingly.</source>
      <translation type="obsolete">Сақталған көлемдер қалдық қоймалары үшін тым аз (медиана {m:.3g} м³, VOLUME_UNIT = {u}): олар мың м³ немесе млн м³ емес пе? VOLUME_UNIT мәнін сәйкесінше қойыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="411" />
      <source>The stored volumes look small for tailings facilities (median {m} m³ with VOLUME_UNIT = {u}): are they in thousand m³ (тыс. м³) or million m³? Set VOLUME_UNIT accordingly.</source>
      <translation>Сақталған көлемдер қалдық қоймалары үшін тым аз (медиана {m} м³, VOLUME_UNIT = {u}): олар мың м³ немесе млн м³ емес пе? VOLUME_UNIT мәнін сәйкесінше қойыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="84" />
      <source>The table a transboundary notification plan needs (UNECE Industrial Accidents Convention: the country of origin notifies the affected country). Finds every point where the river network crosses the border of the chosen COUNTRY (e.g. KAZ) and lists the facilities whose release reaches it: at an &lt;b&gt;outgoing&lt;/b&gt; crossing (a river leaving the country) the facilities inside the country, at an &lt;b&gt;incoming&lt;/b&gt; crossing (a river entering it) the facilities outside.&lt;br&gt;Crossings: each vertex of the network is placed in a country polygon; where the country changes along a reach the crossing is located on the segment by bisection, and changes closer than the border stretch tolerance (km) are merged into one border_stretch (a river forming the border), as in tailings:downstreamimpact. Vertices in a gap between polygons take the country of the neighbouring vertices.&lt;br&gt;Distance, arrival, peak time and peak concentration from each facility to each crossing come from the one-pass upstream search of tailings:upstreamsources (same network, snapping and hydraulics as tailings:downstreamimpact; Leopold &amp;amp; Maddock 1953, Raymond et al. 2012, Fischer 1975, Jobson 1996).&lt;br&gt;OUTPUT: one line per crossing × facility (the river stretch from the facility to the crossing), ordered by crossing and arrival (rank 1 = most urgent). SUMMARY: one point per crossing with the number of facilities and the earliest arrival and its facility.</source>
      <translation>Трансшекаралық хабарлау жоспарына қажетті кесте (БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы: шығу елі зардап шегетін елге хабарлайды). Өзен желісі таңдалған COUNTRY елінің (мысалы, KAZ) шекарасын қиып өтетін барлық нүктелерді табады және ағызындысы оларға жететін объектілерді тізеді: &lt;b&gt;шығатын&lt;/b&gt; қиылыста (өзен елден ағып шығады) — ел ішіндегі объектілер, &lt;b&gt;кіретін&lt;/b&gt; қиылыста (өзен елге ағып кіреді) — елден тыс объектілер.&lt;br&gt;Қиылыстар: желінің әр төбесі ел полигонына жатқызылады; учаске бойында ел ауысатын жерде қиылыс нүктесі кесіндіде қақ бөлу әдісімен нақтыланады, ал шекаралық учаске үшін рұқсат етілген ауытқудан (км) жақын ауысулар бір border_stretch етіп біріктіріледі (шекара бойымен ағатын өзен), tailings:downstreamimpact алгоритміндегідей. Полигондар арасындағы саңылаудағы төбелер көрші төбелердің елін алады.&lt;br&gt;Әр объектіден әр қиылысқа дейінгі қашықтық, ағып жету уақыты, шың уақыты және ең жоғары концентрация tailings:upstreamsources алгоритмінің ағыс бойымен жоғары бір өтетін іздеуінен алынады (желі, байлау және гидравлика tailings:downstreamimpact алгоритміндегідей; Leopold &amp;amp; Maddock 1953, Raymond et al. 2012, Fischer 1975, Jobson 1996).&lt;br&gt;OUTPUT: әр «қиылыс × объект» жұбына бір сызық (объектіден қиылысқа дейінгі өзен учаскесі), қиылыс және ағып жету уақыты бойынша реттелген (rank 1 = ең шұғыл). SUMMARY: әр қиылысқа бір нүкте: объектілер саны, ең ерте ағып жету уақыты және оның объектісі.</translation>
    </message>
    <message>
      <source>The tracing algorithm {alg} is not available, so the population at risk cannot be computed; par and consequence_class are left NULL.</source>
      <translation type="obsolete">{alg} таралу жолын анықтау алгоритмі қолжетімсіз, сондықтан қауіп аймағындағы халықты есептеу мүмкін емес; par және consequence_class NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="37" />
      <source>The {label} layer could not be opened.</source>
      <translation>{label} қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="63" />
      <source>The {label} layer has no coordinate reference system. Set it in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation>{label} қабатында координаттар жүйесі (CRS) берілмеген. Оны қабат қасиеттерінде (Layer ▸ Layer CRS) орнатып, қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="361" />
      <source>The {label} layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>{label} қабатында 'facility_id' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="47" />
      <source>The {label} layer has {got} geometries; {wanted} geometries are needed.</source>
      <translation>{label} қабатының геометрия түрі — {got}; қажетті түрі — {wanted}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="40" />
      <source>The {label} layer is empty: it has no features to work with.</source>
      <translation>{label} қабаты бос: онда өңделетін нысандар жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="56" />
      <source>The {label} layer's coordinate reference system is undefined ({crs}). Set the right one in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation>{label} қабатының координаттар жүйесі анықталмаған ({crs}). Қабат қасиеттерінде (Layer ▸ Layer CRS) дұрысын орнатып, қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="310" />
      <source>The {name} layer could not be opened; it is left out.</source>
      <translation>{name} қабатын ашу мүмкін болмады; ол картаға қосылмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="44" />
      <source>The {what} file {path} cannot be read: {msg}.</source>
      <translation>{what} файлын ({path}) оқу мүмкін емес: {msg}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="32" />
      <source>The {what} file {path} does not exist.</source>
      <translation>{what} файлы жоқ: {path}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="38" />
      <source>The {what} file {path} is not valid JSON (line {line}, column {col}): {msg}.</source>
      <translation>{what} файлы ({path}) жарамды JSON емес (жол {line}, баған {col}): {msg}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="48" />
      <source>The {what} file {path} must hold a JSON object at the top level.</source>
      <translation>{what} файлының ({path}) жоғарғы деңгейінде JSON объектісі болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="183" />
      <source>There are {a} longitudes for {b} latitudes.</source>
      <translation>{b} ендік үшін {a} бойлық берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="300" />
      <source>There are {a} reach ids and {b} downstream ids for {n} reaches.</source>
      <translation>{n} учаске үшін {a} учаске идентификаторы және {b} төменгі учаске идентификаторы берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="93" />
      <source>There are {k} main-stem values for {n} reaches.</source>
      <translation>{n} учаске үшін негізгі арнаның {k} мәні берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="252" />
      <source>There are {k} reach kinds for {n} reaches.</source>
      <translation>{n} учаске үшін учаске түрінің {k} мәні берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="77" />
      <source>There are {k} values for {n} reaches.</source>
      <translation>{n} учаскеге {k} мән берілген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="117" />
      <source>There is no shared registry {schema}.{table} in this database: run tailings:createsharedregistry first.</source>
      <translation>Бұл дерекқорда {schema}.{table} ортақ тізілімі жоқ: алдымен tailings:createsharedregistry іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="429" />
      <source>These facility ids are not in the facility layer: {ids}.</source>
      <translation>Мына объект идентификаторлары объектілер қабатында жоқ: {ids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="56" />
      <source>This algorithm needs the Python module(s) {names}, which QGIS cannot find. Install them, then restart QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): run the OSGeo4W installer and select the python3-{first} package. conda: conda install -c conda-forge {names_space}.</source>
      <translation>Бұл алгоритмге QGIS таба алмайтын Python модулі (модульдері) қажет: {names}. Оларды орнатып, QGIS-ті қайта іске қосыңыз. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): OSGeo4W орнатқышын іске қосып, python3-{first} пакетін таңдаңыз. conda: conda install -c conda-forge {names_space}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="135" />
      <source>This facility</source>
      <translation>Осы объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="231" />
      <source>This facility has no geometry: it cannot be shown on the map.</source>
      <translation>Бұл объектінің геометриясы жоқ: оны картада көрсету мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="268" />
      <source>Time marks along the pathway (hours)</source>
      <translation>Таралу жолы бойындағы уақыт белгілері (сағат)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="83" />
      <source>Time marks must be hours separated by commas (e.g. 6, 24, 72); '{p}' is not a number.</source>
      <translation>Уақыт белгілері үтір арқылы бөлінген сағаттар болуы керек (мысалы, 6, 24, 72); '{p}' сан емес.</translation>
    </message>
    <message>
      <source>Time marks must be positive hours; got {v:g}.</source>
      <translation type="obsolete">Уақыт белгілері оң сағат мәндері болуы керек; берілгені: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="89" />
      <source>Time marks must be positive hours; got {v}.</source>
      <translation>Уақыт белгілері оң сағат мәндері болуы керек; берілгені: {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="123" />
      <source>Title (empty: default)</source>
      <translation>Тақырып (бос болса — әдепкі)</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="obsolete">Қайда</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="52" />
      <source>Toxicity: German water hazard class (WGK) of the tailings</source>
      <translation>Уыттылық: қалдықтардың суға қауіптілік сыныбы (WGK, Германия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="42" />
      <source>Trace downstream pathways</source>
      <translation>Ағыс бойымен төмен таралу жолдарын анықтау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="220" />
      <source>Traced {n} facilities: {a} to an outlet or the end of the river data, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation>{n} объектінің таралу жолы анықталды: {a} — сағаға немесе өзен деректерінің соңына дейін, {b} — тұйық көлге дейін, {c} — ең үлкен қашықтықта тоқтады, {k} — өзенге байланбады.</translation>
    </message>
    <message>
      <source>Traced {n} facilities: {a} to an outlet, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation type="obsolete">{n} объектінің таралу жолы анықталды: {a} — сағаға дейін, {b} — тұйық көлге дейін, {c} — ең үлкен қашықтықта тоқтады, {k} — өзенге байланбады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="40" />
      <source>Tributaries joined mid-line</source>
      <translation>Сызықтың ортасына қосылған салалар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="16" />
      <source>Turkmenistan</source>
      <translation>Түрікменстан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="242" />
      <source>Two outputs are written to the same file {path}: give each its own file.</source>
      <translation>Екі нәтиже бір {path} файлына жазылады: әрқайсысына жеке файл көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="351" />
      <source>Uncertainty band factors must be at least 1 (1 = spread between methods only).</source>
      <translation>Белгісіздік аралығының коэффициенттері кемінде 1 болуы керек (1 = тек әдістер арасындағы шашырау).</translation>
    </message>
    <message>
      <source>Unit of the released volume (field and constant)</source>
      <translation type="obsolete">Ағып шыққан көлемнің бірлігі (өріс және тұрақты)</translation>
    </message>
    <message>
      <source>Unit of the stored volume field</source>
      <translation type="obsolete">Қоймадағы көлем өрісінің бірлігі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="443" />
      <source>Unit of the volumes read from the layer and given here</source>
      <translation>Көлемдердің өлшем бірлігі (қабаттан оқылған және осында берілген)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="106" />
      <source>Unknown consequence class {v!r}; expected one of: {allowed}.</source>
      <translation>Белгісіз салдар сыныбы {v!r}; күтілетін мәндер: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="129" />
      <source>Unknown dispersion method {m}; use one of {ok}.</source>
      <translation>Белгісіз дисперсия әдісі {m}; мыналардың бірін пайдаланыңыз: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="122" />
      <source>Unknown language '{code}': the output is in English.</source>
      <translation>Белгісіз тіл '{code}': нәтиже ағылшын тілінде шығарылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="226" />
      <source>Unknown leading-edge method {m}; use one of {ok}.</source>
      <translation>Фронттың алдыңғы шетін анықтаудың белгісіз әдісі {m}; мыналардың бірін пайдаланыңыз: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="97" />
      <source>Unknown map format {fmt}.</source>
      <translation>Белгісіз карта пішімі: {fmt}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="262" />
      <source>Unknown pathway kind {k}; use river, lake or overland.</source>
      <translation>Таралу жолының белгісіз түрі {k}; river (өзен), lake (көл) немесе overland (жер беті) мәндерін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="83" />
      <source>Unknown runout method {key!r}; known: {known}.</source>
      <translation>Таралу қашықтығын бағалаудың белгісіз әдісі {key!r}; белгілі әдістер: {known}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="132" />
      <source>Unsupported image type {mime}.</source>
      <translation>Қолдау көрсетілмейтін сурет түрі: {mime}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="135" />
      <source>Upper end of the range (runout_high_km)</source>
      <translation>Ауқымның жоғарғы шегі (runout_high_km)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="471" />
      <source>Upstream</source>
      <translation>Ағыс бойымен жоғары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="339" />
      <source>Upstream of {name}</source>
      <translation>Ағыс бойымен жоғары: {name}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="474" />
      <source>Upstream sources (receptor × facility)</source>
      <translation>Ағыс бойымен жоғарыдағы көздер (әсер ету объектісі × объект)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="402" />
      <source>Upstream sources (which facilities reach a receptor, and how soon)</source>
      <translation>Ағыс бойымен жоғарыдағы көздер (қай объектілер әсер ету объектісіне жетеді және қаншалықты тез)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="474" />
      <source>Upstream summary per receptor</source>
      <translation>Әсер ету объектілері бойынша жиынтық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="58" />
      <source>Use {distance} and run again</source>
      <translation>{distance} алып, қайта іске қосу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="525" />
      <source>Use “Run downstream analysis” to trace this facility.</source>
      <translation>Осы объектінің таралу жолын анықтау үшін «Ағыс бойымен төмен талдауды іске қосу» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="190" />
      <source>User scenario: dam height where missing (m; 0 = none)</source>
      <translation>Пайдаланушы сценарийі: бөгет биіктігі жоқ жерде (м; 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="188" />
      <source>User scenario: stored volume where missing (0 = none; in the unit above)</source>
      <translation>Пайдаланушы сценарийі: қоймадағы көлем жоқ жерде (0 = жоқ; жоғарыдағы бірлікпен)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="15" />
      <source>Uzbekistan</source>
      <translation>Өзбекстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="390" />
      <source>VOLUME_UNIT must be 0 (m³), 1 (thousand m³) or 2 (million m³).</source>
      <translation>VOLUME_UNIT 0 (м³), 1 (мың м³) немесе 2 (млн м³) болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="50" />
      <source>Validate facility registry</source>
      <translation>Объектілер тізілімін тексеру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="193" />
      <source>Value is infinite.</source>
      <translation>Мән шексіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="274" />
      <source>Velocity field (m/s)</source>
      <translation>Ағыс жылдамдығы өрісі (м/с)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="259" />
      <source>Velocity from</source>
      <translation>Ағыс жылдамдығының көзі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="283" />
      <source>Velocity from a field was chosen: choose the velocity field.</source>
      <translation>Жылдамдықты өрістен алу таңдалған: жылдамдық өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="287" />
      <source>Velocity from discharge was chosen: choose the discharge field.</source>
      <translation>Жылдамдықты су шығыны бойынша есептеу таңдалған: су шығыны өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="237" />
      <source>Velocity must be positive (m/s){where}: {n} segment(s) have zero, negative or missing velocity (first at segment {i}). Fix the velocity field or give a constant velocity.</source>
      <translation>Ағыс жылдамдығы оң болуы керек (м/с){where}: {n} сегментте жылдамдық нөлге тең, теріс немесе жоқ (біріншісі — сегмент {i}). Жылдамдық өрісін түзетіңіз немесе тұрақты жылдамдық беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="146" />
      <source>Velocity of the release</source>
      <translation>Таралу жылдамдығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="36" />
      <source>Very High</source>
      <translation>Өте жоғары</translation>
    </message>
    <message>
      <source>Volume unit of the input</source>
      <translation type="obsolete">Кіріс қабаттағы көлем бірлігі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="51" />
      <source>Water hazard class (WGK 1–3)</source>
      <translation>Суға қауіптілік сыныбы (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="34" />
      <source>Water hazard class field (1–3)</source>
      <translation>Суға қауіптілік сыныбы өрісі (1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="61" />
      <source>Water hazard class field (WGK 1–3)</source>
      <translation>Суға қауіптілік сыныбы өрісі (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="76" />
      <source>Where the {river} enters Kazakhstan from {country}</source>
      <translation>{river}: Қазақстанға кіретін жері ({country} жағынан)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="79" />
      <source>Where the {river} leaves Kazakhstan into {country}</source>
      <translation>{river}: Қазақстаннан шығатын жері (әрі қарай — {country})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="472" />
      <source>Which facilities are upstream of a settlement or an intake, and how soon</source>
      <translation>Елді мекеннен немесе су тартқыштан ағыс бойымен жоғары қай объектілер бар және төгінді қаншалықты тез жетеді</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="438" />
      <source>With a country layer, last_border_km and last_border_to give the last border crossing on the way from the facility: its distance upstream of the receptor along the river and the country entered there (the panel's Upstream view marks it on the receptor's profile).</source>
      <translation>Елдер қабаты берілгенде last_border_km және last_border_to объектіден шыққан жолдағы соңғы шекара қиылысын көрсетеді: оның әсер ету объектісінен өзен бойымен жоғары қарайғы қашықтығы және өзен сол жерде кіретін ел (панельдің «Ағыс бойымен жоғары» терезесі оны әсер ету объектісінің профилінде белгілейді).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="64" />
      <source>With numba installed (Debian/Ubuntu: python3-numba) the paths are traced by compiled code, about ten times faster, with the same result; without it, in Python.</source>
      <translation>numba орнатылған болса (Debian/Ubuntu: python3-numba), жолдар компиляцияланған кодпен шамамен он есе жылдам, сол нәтижемен есептеледі; ол болмаса — Python-да.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="39" />
      <source>Within 24 h</source>
      <translation>24 сағат ішінде</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="40" />
      <source>Within 72 h</source>
      <translation>72 сағат ішінде</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="37" />
      <source>Within {h}: {places}, {people} people.</source>
      <translation>{h} ішінде: {places}, тұрғындар: {people}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="59" />
      <source>Writes one map page per border crossing that has facilities upstream, for a transboundary notification plan: the crossing, the river stretch from each facility to it, the facilities labelled with their arrival time (hours, or days after 48 h), a table of the facilities by arrival (name, distance, arrival), the title 'Where the river leaves Kazakhstan into the neighbouring country', legend, scale bar, overview and the run's assumptions.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:borderwatch&lt;/b&gt;: CROSSINGS = its SUMMARY, PAIRS = its OUTPUT; the facility layer gives the names. Distances and arrival times are those of tailings:borderwatch (Leopold &amp;amp; Maddock 1953, Jobson 1996); nothing is recomputed here.&lt;br&gt;Same A4/A3 templates and formats as tailings:exportimpactmaps; the multi-page PDF is border_crossings.pdf, single files are named by crossing id. Pages are ordered by the earliest arrival.</source>
      <translation>Ағыс бойымен жоғарыда объектілері бар әр шекара қиылысына бір карта парағын жазады (трансшекаралық хабарлау жоспары үшін): қиылыс, әр объектіден оған дейінгі өзен учаскесі, ағып жету уақыты жазылған объектілер (сағат, 48 сағаттан кейін — тәулік), объектілер кестесі ағып жету уақыты бойынша (атауы, қашықтығы, жету уақыты), «өзен: Қазақстаннан шығатын жері (әрі қарай — көрші ел)» тақырыбы, шартты белгілер, масштаб сызғышы, шолу картасы және есеп болжамдары.&lt;br&gt;Кіріс деректер — &lt;b&gt;tailings:borderwatch&lt;/b&gt; шығыс қабаттары: CROSSINGS = оның SUMMARY, PAIRS = оның OUTPUT; объектілер қабаты атауларды береді. Қашықтықтар мен ағып жету уақыты tailings:borderwatch нәтижесінен алынады (Leopold &amp;amp; Maddock 1953, Jobson 1996); мұнда ештеңе қайта есептелмейді.&lt;br&gt;tailings:exportimpactmaps сияқты A4/A3 үлгілері мен пішімдер; көп парақты PDF — border_crossings.pdf, жеке файлдар қиылыс идентификаторымен аталады. Парақтар ең ерте жету уақыты бойынша реттеледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="137" />
      <source>Writes one map page per facility, ready for a meeting: the facility and its downstream pathway coloured by the arrival time of the release (marks at 6, 24 and 72 h), rivers, lakes, settlements sized by population, exposed settlements in red, border crossings with their arrival time, an overview inset of Kazakhstan and its neighbours, a close-up of the facility when the pathway is long, legend, scale bar, north arrow, title (facility name and operator), tables of the exposed settlements and border crossings, date, data sources and a disclaimer that these are screening estimates.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; (PATHWAYS, EXPOSED, CROSSINGS) and a facility layer (ideally the output of tailings:hazardscreening, whose thi, runout_km and consequence_class are shown). The output of tailings:tracedownstream also works as pathways (one colour, no time marks). Background layers default to the bundled sample data.&lt;br&gt;Formats: one PDF per facility, one multi-page PDF (impact_maps.pdf), or one PNG per facility; files are named by facility id. Pages are ordered by hazard index (highest first).&lt;br&gt;&lt;b&gt;Templates&lt;/b&gt;: A4 or A3 landscape, or your own .qpt edited in QGIS (start from resources/layouts/). The items are found by their id: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer are required; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption are optional. Labels may use the page fields, e.g. [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</source>
      <translation>Әр объектіге кеңеске дайын бір карта бетін жазады: объект және оның ағыс бойымен төмен таралу жолы төгіндінің келу уақыты бойынша түрлі түспен (6, 24 және 72 сағ белгілерімен), өзендер, көлдер, халық санына қарай өлшемі өзгеретін елді мекендер, әсерге ұшырайтын елді мекендер қызыл түспен, мемлекеттік шекараны кесіп өту нүктелері ластанудың келу уақытымен, Қазақстан мен көрші елдердің шолу картасы (ендірме), таралу жолы ұзын болса объектінің ірі масштабты фрагменті, шартты белгілер, масштаб сызғышы, солтүстік бағыт көрсеткісі, тақырып (объект атауы мен пайдаланушы ұйым), әсерге ұшырайтын елді мекендер мен шекара қиылыстарының кестелері, күні, деректер көздері және бұл алдын ала (скрининг) бағалау екені туралы ескертпе.&lt;br&gt;Кіріс деректері — &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; нәтижелері (PATHWAYS, EXPOSED, CROSSINGS) және объектілер қабаты (ең дұрысы — tailings:hazardscreening нәтижесі, оның thi, runout_km және consequence_class мәндері көрсетіледі). Таралу жолдары ретінде tailings:tracedownstream нәтижесін де қолдануға болады (бір түспен, уақыт белгілерісіз). Фондық қабаттар әдепкі бойынша плагинмен бірге берілген үлгі деректерден алынады.&lt;br&gt;Пішімдер: әр объектіге бір PDF, бір көпбетті PDF (impact_maps.pdf) немесе әр объектіге бір PNG; файлдар объект идентификаторы бойынша аталады. Беттер қауіптілік индексі бойынша реттеледі (ең жоғарысы бірінші).&lt;br&gt;&lt;b&gt;Үлгілер&lt;/b&gt;: альбомдық A4 немесе A3, не QGIS-те өңделген өз .qpt файлыңыз (resources/layouts/ ішіндегі үлгілерден бастаңыз). Элементтер өз id-і бойынша табылады: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer — міндетті; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption — қосымша. Жазуларда бет өрістерін қолдануға болады, мысалы [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="25" />
      <source>Writes one map page per receptor (a town, a water intake) that has facilities upstream: the receptor, the river stretch from each facility to it, the facilities labelled with their arrival time (hours, or days after 48 h), a table of the facilities by arrival (name, distance, arrival), the title 'Facilities upstream of the receptor', legend, scale bar, overview and the run's assumptions.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:upstreamsources&lt;/b&gt;: RECEPTORS = its SUMMARY, PAIRS = its OUTPUT; the facility layer gives the names. Distances and arrival times are those of tailings:upstreamsources (Leopold &amp;amp; Maddock 1953, Jobson 1996); nothing is recomputed here.&lt;br&gt;Same A4/A3 templates and formats as tailings:exportcrossingmaps; the multi-page PDF is receptors.pdf, single files are named by receptor id. Pages are ordered by the earliest arrival.</source>
      <translation>Ағыс бойымен жоғарыда объектілері бар әр әсер ету объектісіне (елді мекен, су тартқыш) бір карта бетін жазады: әсер ету объектісі, әр объектіден оған дейінгі өзен учаскесі, ағып жету уақыты (сағатпен, 48 сағаттан кейін тәулікпен) жазылған объектілер, ағып жету уақыты бойынша объектілер кестесі (атауы, қашықтық, ағып жету), «… пунктінен ағыс бойымен жоғарыдағы объектілер» тақырыбы, шартты белгілер, масштаб сызғышы, шолу картасы және есептің болжамдары.&lt;br&gt;Кіріс деректер — &lt;b&gt;tailings:upstreamsources&lt;/b&gt; нәтижелері: RECEPTORS = оның SUMMARY, PAIRS = оның OUTPUT; атауларды объектілер қабаты береді. Қашықтықтар мен ағып жету уақыты tailings:upstreamsources нәтижесінен алынады (Leopold &amp;amp; Maddock 1953, Jobson 1996); мұнда ештеңе қайта есептелмейді.&lt;br&gt;tailings:exportcrossingmaps сияқты A4/A3 үлгілері мен пішімдері; көп бетті PDF — receptors.pdf, жеке файлдар әсер ету объектісінің идентификаторымен аталады. Беттер ең ерте ағып жету бойынша реттеледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="178" />
      <source>Writes the report that goes into the minutes: a single self-contained HTML file (styles and map images embedded, no external links; every name from the data is escaped) and a spreadsheet with one row per facility: hazard index, runout, consequence class, settlements and population exposed (and reached within 24 h), first border crossed with distance and arrival time, pathway length; plus a sheet (XLSX) or a second file (CSV, '_exposed' suffix) with every exposed settlement in downstream order.&lt;br&gt;Inputs: the facility layer (ideally the output of tailings:hazardscreening: thi, thi_rank, runout_km, consequence_class) and the outputs of tailings:downstreamimpact (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Exposure and borders are counted from EXPOSED and CROSSINGS when given, else taken from SUMMARY.&lt;br&gt;Maps: PNG files named &lt;i&gt;facility_id&lt;/i&gt;.png in a folder (the PNG output of tailings:exportimpactmaps) are embedded; or tick 'Render maps' to draw small A4 pages from the pathways. XLSX needs the Python module openpyxl (python3-openpyxl); CSV is UTF-8 with a BOM so that spreadsheet programs read Cyrillic names.&lt;br&gt;All figures are screening estimates.</source>
      <translation>Хаттамаға қоса берілетін есепті жазады: бір дербес HTML файлы (стильдер мен карта суреттері ішіне енгізілген, сыртқы сілтемелер жоқ; деректердегі барлық атаулар экрандалған) және әр объектіге бір жолдан тұратын электрондық кесте: қауіптілік индексі, қалдықтардың таралу қашықтығы, салдар сыныбы, әсерге ұшырайтын елді мекендер мен халық (және ластану 24 сағ ішінде жететіндері), қашықтығы мен ластанудың келу уақыты көрсетілген бірінші кесіп өтілетін шекара, таралу жолының ұзындығы; сондай-ақ әсерге ұшырайтын барлық елді мекендер ағыс бойымен реті бойынша берілген парақ (XLSX) немесе екінші файл (CSV, '_exposed' жұрнағы).&lt;br&gt;Кіріс деректері: объектілер қабаты (ең дұрысы — tailings:hazardscreening нәтижесі: thi, thi_rank, runout_km, consequence_class) және tailings:downstreamimpact нәтижелері (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Әсер мен шекаралар EXPOSED және CROSSINGS берілсе, солар бойынша есептеледі, әйтпесе SUMMARY-ден алынады.&lt;br&gt;Карталар: қалтадағы &lt;i&gt;facility_id&lt;/i&gt;.png деп аталған PNG файлдары (tailings:exportimpactmaps алгоритмінің PNG нәтижесі) есепке енгізіледі; немесе таралу жолдары бойынша шағын A4 беттерін салу үшін 'Карталарды салу' параметрін белгілеңіз. XLSX үшін openpyxl Python модулі (python3-openpyxl) қажет; электрондық кесте бағдарламалары кириллицадағы атауларды дұрыс оқуы үшін CSV BOM белгісі бар UTF-8 кодтауында жазылады.&lt;br&gt;Барлық көрсеткіштер — алдын ала (скрининг) бағалау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="380" />
      <source>Writing XLSX needs the Python module openpyxl, which is not installed. Install it (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) or leave the XLSX output empty and use the CSV.</source>
      <translation>XLSX жазу үшін openpyxl Python модулі қажет, бірақ ол орнатылмаған. Оны орнатыңыз (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) немесе XLSX нәтижесін бос қалдырып, CSV пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="182" />
      <source>Wrote {n} files into {folder}.</source>
      <translation>{folder} қалтасына {n} файл жазылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="114" />
      <source>[default: {f}]</source>
      <translation>[әдепкі: {f}]</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="65" />
      <source>a close-up of the facility, shown when the pathway is long</source>
      <translation>объектінің ірі масштабты көрінісі (таралу жолы ұзын болғанда көрсетіледі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="234" />
      <source>a multipoint with {n} points, not one point</source>
      <translation>бір нүкте емес, {n} нүктеден тұратын мультинүкте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="205" />
      <source>a runout range is given (runout_low_km to runout_high_km); its level is not recorded</source>
      <translation>таралу қашықтығының ауқымы берілген (runout_low_km – runout_high_km); оның деңгейі жазылмаған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="60" />
      <source>all</source>
      <translation>барлығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="221" />
      <source>any country (no filter)</source>
      <translation>кез келген ел (сүзгісіз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="182" />
      <source>arrival (h)</source>
      <translation>ағып жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="584" />
      <source>arrival h</source>
      <translation>Жету уақыты, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/result_layers.py" line="57" />
      <source>arrival not known</source>
      <translation>ағып жету уақыты белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="156" />
      <source>arrival {a}</source>
      <translation>ағып жету {a}</translation>
    </message>
    <message>
      <source>as recorded by tailings:borderwatch (velocity, snapping and hydraulics of the run)</source>
      <translation type="obsolete">tailings:borderwatch жазғандай (есептің жылдамдығы, байланыстыруы және гидравликасы)</translation>
    </message>
    <message>
      <source>assumed slope {s:g} m/m where unknown</source>
      <translation type="obsolete">белгісіз жерде қабылданған еңіс {s:g} м/м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="408" />
      <source>assumed slope {s} m/m where unknown</source>
      <translation>белгісіз жерде қабылданған еңіс {s} м/м</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="139" />
      <source>at least one method is needed.</source>
      <translation>кемінде бір әдіс қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="241" />
      <source>cannot be transformed to the registry CRS</source>
      <translation>тізілімнің координаттар жүйесіне қайта есептеу мүмкін емес</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="551" />
      <source>central</source>
      <translation>орталық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="159" />
      <source>concentration</source>
      <translation>концентрация</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="62" />
      <source>concentrations need a released volume (a stored volume or a scenario) and a river discharge; they were not computed in this run</source>
      <translation>концентрациялар үшін ағып шыққан қалдық көлемі (сақталған көлем немесе сценарий) және өзен шығыны қажет; бұл есептеуде олар есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="186" />
      <source>concentrations not computed in this run</source>
      <translation>бұл есептеуде концентрациялар есептелмеді</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="161" />
      <source>consequence class</source>
      <translation>салдар сыныбы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="550" />
      <source>consequence class from people inside the {w} runout zone</source>
      <translation>салдар сыныбы {w} таралу аймағының ішіндегі адамдар бойынша</translation>
    </message>
    <message>
      <source>consequence class {c}</source>
      <translation type="obsolete">салдар класы {c}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="67" />
      <source>consequence class {c} (people inside the runout zone)</source>
      <translation>салдар сыныбы {c} (таралу аймағындағы халық)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>constant</source>
      <translation>тұрақты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="99" />
      <source>coordinates are not finite</source>
      <translation>координаттар шекті сандар емес</translation>
    </message>
    <message>
      <source>corridor {c:g} m each side, snap distance {s:g} m</source>
      <translation type="obsolete">дәліз әр жағынан {c:g} м, байланыстыру қашықтығы {s:g} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="553" />
      <source>corridor {c} m each side, snap distance {s} m</source>
      <translation>дәліз әр жағынан {c} м, байланыстыру қашықтығы {s} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="254" />
      <source>countries</source>
      <translation>елдер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="247" />
      <source>country</source>
      <translation>елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="414" />
      <source>crossings</source>
      <translation>шекара қиылыстары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>dam failure</source>
      <translation>бөгет апаты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="46" />
      <source>dam safety</source>
      <translation>бөгет қауіпсіздігі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="189" />
      <source>days</source>
      <translation>тәулік</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="66" />
      <source>dilution needs a released volume and a river discharge; not computed in this run</source>
      <translation>сұйылту үшін ағып шыққан қалдық көлемі және өзен шығыны қажет; бұл есептеуде есептелмеді</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="276" />
      <source>discharge</source>
      <translation>су шығыны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="212" />
      <source>distance along the pathway (km)</source>
      <translation>жол бойымен қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="105" />
      <source>distance from the facility to the receptor (km)</source>
      <translation>объектіден әсер ету объектісіне дейінгі қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="273" />
      <source>downstream id</source>
      <translation>төменгі учаске идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>downstream impact</source>
      <translation>ағыс бойымен төмендегі әсер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="212" />
      <source>downstream pathway</source>
      <translation>ағыс бойымен төмен таралу жолы</translation>
    </message>
    <message>
      <source>downstream: {n} settlements, {p:,.0f} people exposed</source>
      <translation type="obsolete">ағыс бойымен төмен: қауіп төнген елді мекендер — {n}, адамдар — {p:,.0f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="62" />
      <source>downstream: {n} settlements, {p} people exposed</source>
      <translation>ағыс бойымен төмен: қауіп төнген елді мекендер — {n}, адамдар — {p}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="150" />
      <source>duplicate part name {v!r}.</source>
      <translation>бөлік атауы қайталанады: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="404" />
      <source>empty id</source>
      <translation>бос идентификатор</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="87" />
      <source>empty id (named after its feature number)</source>
      <translation>бос идентификатор (объект нөмірімен аталды)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="66" />
      <source>end of the mapped rivers (the data stop, not an outlet)</source>
      <translation>картаға түсірілген өзен желісінің соңы (деректер үзіледі, бұл саға емес)</translation>
    </message>
    <message>
      <source>end of the river data</source>
      <translation type="obsolete">өзен деректерінің соңы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="67" />
      <source>enters the country</source>
      <translation>елге кіреді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="180" />
      <source>expected a [lower bound, score] pair.</source>
      <translation>[төменгі шек, балл] жұбы күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="175" />
      <source>expected a non-empty list of [lower bound, score] pairs.</source>
      <translation>[төменгі шек, балл] жұптарының бос емес тізімі күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="128" />
      <source>expected a non-empty list.</source>
      <translation>бос емес тізім күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="88" />
      <source>expected a non-empty text.</source>
      <translation>бос емес мәтін күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="80" />
      <source>expected a number, found {v!r}.</source>
      <translation>сан күтілген, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="72" />
      <source>expected an object.</source>
      <translation>объект күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="191" />
      <source>expected at least one category.</source>
      <translation>кемінде бір санат күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="96" />
      <source>expected one of {allowed}, found {v!r}.</source>
      <translation>мына мәндердің бірі күтілген: {allowed}; табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="398" />
      <source>exposed</source>
      <translation>әсерге ұшырайтын нысандар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="250" />
      <source>facilities</source>
      <translation>қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_results.py" line="257" />
      <source>facility</source>
      <translation>нысан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="62" />
      <source>facility facts under the title</source>
      <translation>тақырып астындағы объект туралы негізгі мәліметтер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="90" />
      <source>facility id</source>
      <translation>объект идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="108" />
      <source>facility upstream</source>
      <translation>ағыс бойымен жоғарыдағы объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="160" />
      <source>feature {n}</source>
      <translation>№{n} нысан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>field</source>
      <translation>өрістен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="76" />
      <source>first border {b}</source>
      <translation>бірінші шекара: {b}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="44" />
      <source>flood hazard</source>
      <translation>су тасқыны қаупі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>from discharge</source>
      <translation>су өтімі бойынша</translation>
    </message>
    <message>
      <source>from {a:.1f} to {b:.1f} m/s (median {m:.1f}; read from the pathway times)</source>
      <translation type="obsolete">{a:.1f}-ден {b:.1f} м/с-қа дейін (медиана {m:.1f}; жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="74" />
      <source>from {a} to {b} m/s (median {m}; read from the pathway times)</source>
      <translation>{a}-ден {b} м/с-қа дейін (медиана {m}; жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="38" />
      <source>h</source>
      <translation>сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="220" />
      <source>ha</source>
      <translation>га</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="160" />
      <source>hazard index</source>
      <translation>қауіптілік индексі</translation>
    </message>
    <message>
      <source>hazard index {v:.1f}</source>
      <translation type="obsolete">қауіптілік индексі {v:.1f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="55" />
      <source>hazard index {v}</source>
      <translation>қауіптілік индексі {v}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="70" />
      <source>highest of the four dispersion methods</source>
      <translation>төрт дисперсия әдісінің ең жоғарысы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="90" />
      <source>implausible mass (treated as missing)</source>
      <translation>шындыққа сыйымсыз масса (жоқ деп есептеледі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="89" />
      <source>implausible volume (treated as missing)</source>
      <translation>шындыққа сыйымсыз көлем (жоқ деп есептеледі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/plausibility_io.py" line="74" />
      <source>impossible coordinates ({reason})</source>
      <translation>мүмкін емес координаттар ({reason})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="319" />
      <source>in the future: check the date</source>
      <translation>болашақта: күнді тексеріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="403" />
      <source>inputs missing: {parts}</source>
      <translation>бастапқы деректер жетіспейді: {parts}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="188" />
      <source>item '{id}' ({purpose}) is missing</source>
      <translation>'{id}' элементі ({purpose}) жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="194" />
      <source>item '{id}' must be {kind}, it is {got}</source>
      <translation>'{id}' элементі {kind} болуы керек, ал ол — {got}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="224" />
      <source>kg</source>
      <translation>кг</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="254" />
      <source>kind needs one value per segment or per vertex.</source>
      <translation>kind үшін әр сегментке немесе әр төбеге бір мән қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="221" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="295" />
      <source>lake</source>
      <translation>көлдер</translation>
    </message>
    <message>
      <source>latitude {lat:g} is outside -90…90</source>
      <translation type="obsolete">{lat:g} ендігі −90…90 аралығынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="101" />
      <source>latitude {lat} is outside -90…90</source>
      <translation>{lat} ендігі −90…90 аралығынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="339" />
      <source>layer {name}</source>
      <translation>{name} қабаты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="67" />
      <source>leaves the country</source>
      <translation>елден шығады</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="322" />
      <source>less than a year ago</source>
      <translation>бір жылдан аз уақыт бұрын</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="73" />
      <source>line</source>
      <translation>сызық</translation>
    </message>
    <message>
      <source>longitude {lon:g} is outside -180…180</source>
      <translation type="obsolete">{lon:g} бойлығы −180…180 аралығынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="103" />
      <source>longitude {lon} is outside -180…180</source>
      <translation>{lon} бойлығы −180…180 аралығынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="184" />
      <source>lower bounds must increase.</source>
      <translation>төменгі шектер өсу ретімен берілуі керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="218" />
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="279" />
      <source>main stem</source>
      <translation>негізгі арна</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="43" />
      <source>management (status)</source>
      <translation>пайдалану (мәртебесі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="157" />
      <source>mass</source>
      <translation>масса</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="59" />
      <source>maximum distance</source>
      <translation>ең үлкен қашықтық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="412" />
      <source>maximum distance from field {f}</source>
      <translation>ең үлкен қашықтық {f} өрісінен</translation>
    </message>
    <message>
      <source>maximum distance {d:g} km</source>
      <translation type="obsolete">ең үлкен қашықтық {d:g} км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="415" />
      <source>maximum distance {d} km</source>
      <translation>ең үлкен қашықтық {d} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="223" />
      <source>mg/L</source>
      <translation>мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="44" />
      <source>million m³</source>
      <translation>млн м³</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="138" />
      <source>must be a unique field name, found {v!r}.</source>
      <translation>бірегей өріс атауы болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="160" />
      <source>must be a unique lowercase identifier, found {v!r}.</source>
      <translation>кіші әріптермен жазылған бірегей идентификатор болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="184" />
      <source>must be an integer of at least 3.</source>
      <translation>кемінде 3 болатын бүтін сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="195" />
      <source>must be at least 1 (1 = spread between methods only).</source>
      <translation>кемінде 1 болуы керек (1 = тек әдістер арасындағы шашырау).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="82" />
      <source>must be greater than 0, found {v!r}.</source>
      <translation>0-ден үлкен болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="181" />
      <source>must not exceed 1 (VF can never exceed VT).</source>
      <translation>1-ден аспауы керек (VF ешқашан VT-дан аспайды).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="44" />
      <source>m³</source>
      <translation>м³</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="429" />
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="205" />
      <source>needs at least one rule: 'log10', 'thresholds' or 'categories'.</source>
      <translation>кемінде бір ереже қажет: 'log10', 'thresholds' немесе 'categories'.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="266" />
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="52" />
      <source>no arrival times: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>ағып жету уақыты жоқ: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="410" />
      <source>no assumed slope: no concentration without a slope field</source>
      <translation>қабылданған еңіс жоқ: еңіс өрісінсіз концентрация есептелмейді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="45" />
      <source>no consequence class: it needs the people inside the runout zone</source>
      <translation>салдар сыныбы жоқ: ол үшін таралу аймағындағы халық қажет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="97" />
      <source>no coordinates</source>
      <translation>координаттар жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="65" />
      <source>no country layer was given to the analysis</source>
      <translation>есептеуге елдер қабаты берілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="82" />
      <source>no dam data (not assessed)</source>
      <translation>бөгет туралы деректер жоқ (бағаланбаған)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="46" />
      <source>no exposure computed: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>әсер есептелмеген: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="42" />
      <source>no hazard screening (see the hazard index)</source>
      <translation>қауіп скринингі жоқ (қауіптілік индексін қараңыз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="38" />
      <source>no hazard screening: give the output of tailings:hazardscreening, and a stored volume and dam height or an explicit scenario</source>
      <translation>қауіп скринингі жоқ: tailings:hazardscreening нәтижесін, сондай-ақ сақталған көлем мен бөгет биіктігін немесе нақты сценарийді беріңіз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="417" />
      <source>no maximum distance</source>
      <translation>қашықтық шектелмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="37" />
      <source>no operator is recorded in the facility layer</source>
      <translation>объектілер қабатында оператор көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="56" />
      <source>no pathway given (PATHWAYS or SUMMARY)</source>
      <translation>жол берілмеген (PATHWAYS немесе SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="53" />
      <source>no pathway reaches a national border</source>
      <translation>ешбір жол мемлекеттік шекараға жетпейді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="61" />
      <source>no peak time: concentrations were not computed</source>
      <translation>ең жоғары концентрация уақыты жоқ: концентрациялар есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="207" />
      <source>no range given: single central estimates</source>
      <translation>ауқым берілмеген: тек орталық бағалаулар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="64" />
      <source>no river</source>
      <translation>өзен жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="43" />
      <source>no runout: the facilities have no stored volume and dam height, or no screening</source>
      <translation>таралу қашықтығы жоқ: объектілерде сақталған көлем мен бөгет биіктігі жоқ немесе скрининг жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="60" />
      <source>no travel time: the pathway has no velocity</source>
      <translation>ағып жету уақыты жоқ: жол үшін жылдамдық берілмеген</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="565" />
      <source>no user scenario: facilities without data are not assessed</source>
      <translation>пайдаланушы сценарийі жоқ: деректері жоқ объектілер бағаланбайды</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="68" />
      <source>no value in the inputs</source>
      <translation>кіріс деректерде мән жоқ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="336" />
      <source>none</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="207" />
      <source>none (central estimates)</source>
      <translation>жоқ (орталық бағалаулар)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="555" />
      <source>none recorded</source>
      <translation>тіркелмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="476" />
      <source>none within the traced reach</source>
      <translation>есептелген таралу жолы бойында жоқ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="245" />
      <source>not a point</source>
      <translation>нүкте емес</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="186" />
      <source>not computed</source>
      <translation>есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="146" />
      <source>not known</source>
      <translation>белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="23" />
      <source>not recorded</source>
      <translation>жазылмаған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="22" />
      <source>not recorded in the inputs</source>
      <translation>кіріс деректерде жазылмаған</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="429" />
      <source>operator</source>
      <translation>operator</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="53" />
      <source>operator not recorded</source>
      <translation>операторы көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="61" />
      <source>outlet</source>
      <translation>сағасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="405" />
      <source>outside the CRS's area of use</source>
      <translation>координаттар жүйесінің қолданылу аймағынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="88" />
      <source>outside the area of use of the layer's CRS</source>
      <translation>қабаттың координаттар жүйесінің қолданылу аймағынан тыс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="187" />
      <source>overland leg (assumed)</source>
      <translation>жер беті бойынша өтетін учаске (болжамды)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="138" />
      <source>par_basis must be 'high' or 'central'.</source>
      <translation>par_basis 'high' немесе 'central' болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="195" />
      <source>parameters and assumptions</source>
      <translation>параметрлер мен болжамдар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="400" />
      <source>partial</source>
      <translation>ішінара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="400" />
      <source>partial: missing {parts}</source>
      <translation>ішінара, жетіспейтіндері: {parts}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="306" />
      <source>pathway</source>
      <translation>таралу жолдары</translation>
    </message>
    <message>
      <source>pathway {v:,.0f} km</source>
      <translation type="obsolete">таралу жолы {v:,.0f} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="59" />
      <source>pathway {v} km</source>
      <translation>таралу жолы {v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="209" />
      <source>peak (mg/L)</source>
      <translation>ең жоғары (мг/л)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="206" />
      <source>peak concentration</source>
      <translation>ең жоғары концентрация</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="403" />
      <source>peak concentration: dispersion method {m}</source>
      <translation>ең жоғары концентрация: дисперсия әдісі {m}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="401" />
      <source>peak concentration: highest of the four dispersion methods</source>
      <translation>ең жоғары концентрация: төрт дисперсия әдісінің ең жоғарысы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="585" />
      <source>peak mg/L</source>
      <translation>ең жоғары, мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="161" />
      <source>peak {p}</source>
      <translation>ең жоғары мәні {p}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="212" />
      <source>people inside the central runout zone (par)</source>
      <translation>орталық таралу аймағының ішіндегі адамдар (par)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="210" />
      <source>people inside the upper runout zone (par_high)</source>
      <translation>жоғарғы таралу аймағының ішіндегі адамдар (par_high)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="72" />
      <source>point</source>
      <translation>нүкте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="201" />
      <source>points to {t!r}, which is not a category.</source>
      <translation>{t!r} мәніне сілтейді, бірақ ол санат емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="74" />
      <source>polygon</source>
      <translation>полигон</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="143" />
      <source>population</source>
      <translation>халық саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="234" />
      <source>population not known</source>
      <translation>халық саны белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="204" />
      <source>range of the dispersion formulas</source>
      <translation>дисперсия формулалары бойынша ауытқу</translation>
    </message>
    <message>
      <source>ranges: {p:g} % prediction interval of the refit on {n} failures (Chambers et al. 2023)</source>
      <translation type="obsolete">ауқымдар: {n} апат бойынша қайта бағалаудың {p:g} % болжам аралығы (Chambers et al. 2023)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="547" />
      <source>ranges: {p} % prediction interval of the refit on {n} failures (Chambers et al. 2023)</source>
      <translation>ауқымдар: {n} апат бойынша қайта бағалаудың {p} % болжам аралығы (Chambers et al. 2023)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="271" />
      <source>reach id</source>
      <translation>учаске идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="164" />
      <source>receptor</source>
      <translation>әсер ету объектілері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="526" />
      <source>receptor id</source>
      <translation>әсер ету объектісінің идентификаторы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="157" />
      <source>receptor name</source>
      <translation>әсер ету объектісінің атауы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="253" />
      <source>receptors</source>
      <translation>әсер ету объектілері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="80" />
      <source>registry data</source>
      <translation>тізілім деректері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="38" />
      <source>required</source>
      <translation>міндетті</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="167" />
      <source>river</source>
      <translation>өзендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="148" />
      <source>river name</source>
      <translation>өзен атауы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="251" />
      <source>rivers</source>
      <translation>өзендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="440" />
      <source>row {n}</source>
      <translation>{n}-жол</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="203" />
      <source>runout range, level not recorded</source>
      <translation>таралу қашықтығының ауқымы, деңгейі жазылмаған</translation>
    </message>
    <message>
      <source>runout {v:.0f} km</source>
      <translation type="obsolete">таралу қашықтығы {v:.0f} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="57" />
      <source>runout {v} km</source>
      <translation>таралу қашықтығы {v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="104" />
      <source>see the recorded assumptions</source>
      <translation>жазылған болжамдарды қараңыз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="45" />
      <source>seismic hazard</source>
      <translation>сейсмикалық қауіп</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="139" />
      <source>self-intersection or too few points</source>
      <translation>өзін-өзі қиып өту немесе нүктелер тым аз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="242" />
      <source>settlement</source>
      <translation>елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="141" />
      <source>settlement (size: population)</source>
      <translation>елді мекен (өлшемі — халық саны)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="134" />
      <source>settlement name</source>
      <translation>елді мекен атауы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="252" />
      <source>settlements</source>
      <translation>елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="277" />
      <source>slope</source>
      <translation>еңіс</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="406" />
      <source>slope from the DEM where no slope field</source>
      <translation>еңіс өрісі жоқ жерде еңіс ЖБСМ бойынша</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="41" />
      <source>stored volume</source>
      <translation>қоймадағы қалдық көлемі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>tailings</source>
      <translation>қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="62" />
      <source>terminal lake</source>
      <translation>ағынсыз көл</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="67" />
      <source>the caption of the border-crossing table</source>
      <translation>шекара қиылыстары кестесінің тақырыбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="66" />
      <source>the caption of the exposed-settlement table</source>
      <translation>әсерге ұшырайтын елді мекендер кестесінің тақырыбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="64" />
      <source>the data sources</source>
      <translation>дереккөздер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="59" />
      <source>the distance from the river was not computed</source>
      <translation>өзенге дейінгі қашықтық есептелмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="62" />
      <source>the facility layer has no hazard index: give the output of tailings:hazardscreening</source>
      <translation>объектілер қабатында қауіптілік индексі жоқ: tailings:hazardscreening нәтижесін беріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="36" />
      <source>the facility layer has no region field</source>
      <translation>объектілер қабатында өңір өрісі жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="53" />
      <source>the legend</source>
      <translation>шартты белгілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="51" />
      <source>the main map (facility and pathway)</source>
      <translation>негізгі карта (объект және таралу жолы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="58" />
      <source>the north arrow</source>
      <translation>солтүстік бағыттамасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="52" />
      <source>the overview inset of Kazakhstan and its neighbours</source>
      <translation>Қазақстан мен көрші елдердің шағын шолу картасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="44" />
      <source>the population inside the runout zone was not computed (no runout or no settlements)</source>
      <translation>таралу аймағындағы халық есептелмеген (таралу қашықтығы немесе елді мекендер жоқ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="63" />
      <source>the print date</source>
      <translation>басып шығару күні</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="25" />
      <source>the receptor</source>
      <translation>әсер ету объектісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="57" />
      <source>the scale bar</source>
      <translation>масштаб сызғышы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="59" />
      <source>the screening-estimate disclaimer</source>
      <translation>алдын ала бағалау туралы ескерту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="57" />
      <source>the settlement layer has no country</source>
      <translation>елді мекендер қабатында ел жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="58" />
      <source>the settlement layer has no population</source>
      <translation>елді мекендер қабатында халық саны жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="56" />
      <source>the table of border crossings</source>
      <translation>шекара қиылыстарының кестесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="55" />
      <source>the table of exposed settlements</source>
      <translation>әсерге ұшырайтын елді мекендер кестесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="54" />
      <source>the title (facility name and operator)</source>
      <translation>тақырып (объект атауы және операторы)</translation>
    </message>
    <message>
      <source>the tracing output could not be read</source>
      <translation type="obsolete">таралу жолын анықтау нәтижесін оқу мүмкін болмады</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="44" />
      <source>thousand m³</source>
      <translation>мың м³</translation>
    </message>
    <message>
      <source>thousand m³ (тыс. м³)</source>
      <translation type="obsolete">мың м³ (тыс. м³)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="154" />
      <source>time of peak</source>
      <translation>ең жоғары концентрация уақыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="42" />
      <source>toxicity (water hazard class)</source>
      <translation>уыттылық (суға қауіптілік сыныбы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="197" />
      <source>travel time not known</source>
      <translation>ағып жету уақыты белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="336" />
      <source>unnamed facility</source>
      <translation>атауы жоқ объект</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="551" />
      <source>upper</source>
      <translation>жоғарғы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="81" />
      <source>user scenario</source>
      <translation>пайдаланушы сценарийі</translation>
    </message>
    <message>
      <source>user scenario where the registry has no data: {v:g} m³, {h:g} m</source>
      <translation type="obsolete">тізілімде деректер жоқ жерде пайдаланушы сценарийі: {v:g} м³, {h:g} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="560" />
      <source>user scenario where the registry has no data: {v} m³, {h} m</source>
      <translation>тізілімде деректер жоқ жерде пайдаланушы сценарийі: {v} м³, {h} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="275" />
      <source>velocity</source>
      <translation>ағыс жылдамдығы</translation>
    </message>
    <message>
      <source>velocity: {s}; constant {v:g} m/s where nothing else is known (and on the overland leg)</source>
      <translation type="obsolete">жылдамдық: {s}; басқасы белгісіз жерде (және құрлықтағы бөлікте) тұрақты {v:g} м/с</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="393" />
      <source>velocity: {s}; constant {v} m/s where nothing else is known (and on the overland leg)</source>
      <translation>жылдамдық: {s}; басқасы белгісіз жерде (және құрлықтағы бөлікте) тұрақты {v} м/с</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="158" />
      <source>volume</source>
      <translation>көлем</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="202" />
      <source>volume_m3_min must be smaller than volume_m3_max.</source>
      <translation>volume_m3_min мәні volume_m3_max мәнінен кіші болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="546" />
      <source>volumes read in {u}</source>
      <translation>көлемдер {u} бірлігімен оқылды</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="226" />
      <source>within (days, 0 = any time)</source>
      <translation>ішінде (тәул., 0 — кез келген уақыт)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="266" />
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <source>{a:.1f} to {b:.1f} m/s</source>
      <translation type="obsolete">{a:.1f}-ден {b:.1f} м/с-қа дейін</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="201" />
      <source>{alg} failed: see the Processing log for details.</source>
      <translation>{alg} сәтсіз аяқталды: толығырақ Processing журналын қараңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="193" />
      <source>{alg} finished.</source>
      <translation>{alg} аяқталды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="198" />
      <source>{alg} was cancelled.</source>
      <translation>{alg} тоқтатылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="69" />
      <source>{a} to {b} m/s</source>
      <translation>{a}-ден {b} м/с-қа дейін</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="125" />
      <source>{column}: empty — {why}.</source>
      <translation>{column}: бос — {why}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="310" />
      <source>{countries} (along the border)</source>
      <translation>{countries} (шекара бойымен)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="309" />
      <source>{countries} border</source>
      <translation>{countries} шекарасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="69" />
      <source>{d} days ({h} h)</source>
      <translation>{d} тәул. ({h} сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="215" />
      <source>{d} is implausibly early.</source>
      <translation>{d} — нанымсыз ерте күн.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="213" />
      <source>{d} is in the future.</source>
      <translation>{d} — болашақтағы күн.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="53" />
      <source>{facility} is not on a river: the nearest mapped river is {nearest} away.</source>
      <translation>«{facility}» өзен жанында емес: картадағы ең жақын өзен {nearest} жерде.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="120" />
      <source>{h} h</source>
      <translation>{h} сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="87" />
      <source>{key}: {reason}; treated as missing.</source>
      <translation>{key}: {reason}; мән жоқ деп есептеледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="284" />
      <source>{kind} coordinates are not lon/lat degrees: reproject the layer to EPSG:4326.</source>
      <translation>{kind}: координаттар бойлық/ендік градусында емес; қабатты EPSG:4326 жүйесіне қайта проекциялаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="209" />
      <source>{kind}: {n} points but {m} countries.</source>
      <translation>{kind}: {n} нүкте, бірақ {m} ел.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="199" />
      <source>{kind}: {n} points but {m} names.</source>
      <translation>{kind}: {n} нүкте, бірақ {m} атау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="203" />
      <source>{kind}: {n} points but {m} population values.</source>
      <translation>{kind}: {n} нүкте, бірақ халық санының {m} мәні.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="513" />
      <source>{km}, after {h}</source>
      <translation>{km}, {h} өткен соң</translation>
    </message>
    <message>
      <source>{k} facilities are farther than {d:.0f} m from any river and reach no receptor.</source>
      <translation type="obsolete">{k} объект кез келген өзеннен {d:.0f} м-ден алыс және ешбір әсер ету объектісіне жетпейді.</translation>
    </message>
    <message>
      <source>{k} facilities are farther than {d:.0f} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation type="obsolete">{k} объект кез келген өзеннен {d:.0f} м-ден алыс орналасқан, олардың таралу жолы анықталмады (end_reason no_river, қашықтық көрсетілген).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="344" />
      <source>{k} facilities are farther than {d} m from any river and reach no receptor.</source>
      <translation>{k} объект кез келген өзеннен {d} м-ден алыс және ешбір әсер ету объектісіне жетпейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="252" />
      <source>{k} facilities are farther than {d} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation>{k} объект кез келген өзеннен {d} м-ден алыс орналасқан, олардың таралу жолы анықталмады (end_reason no_river, қашықтық көрсетілген).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="196" />
      <source>{k} facilities have no valid coordinates and were not traced.</source>
      <translation>{k} объектінің жарамды координаттары жоқ, олардың таралу жолы анықталмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="512" />
      <source>{k} negative maximum distances were treated as no limit.</source>
      <translation>Ең үлкен қашықтықтың {k} теріс мәні шектеусіз деп қабылданды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="306" />
      <source>{k} reaches have an empty reach id; fill the reach-id field.</source>
      <translation>{k} учаскенің идентификаторы бос; учаске идентификаторы өрісін толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="131" />
      <source>{k} settlements have no usable population ({d}); they are listed but not counted.</source>
      <translation>{k} елді мекеннің халық саны туралы жарамды дерек жоқ ({d}); олар тізімде көрсетіледі, бірақ есепке алынбайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="282" />
      <source>{layer} cannot be edited: the form opens read-only.</source>
      <translation>{layer} қабатын өңдеуге болмайды: форма тек оқу режимінде ашылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="114" />
      <source>{layer} reloaded: {n} facilities.</source>
      <translation>{layer} қабаты қайта оқылды. Объектілер: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="130" />
      <source>{layer}: the edits were not saved.</source>
      <translation>{layer}: өзгерістер сақталмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="116" />
      <source>{msg} ({k} pathways)</source>
      <translation>{msg} ({k} таралу жолы)</translation>
    </message>
    <message>
      <source>{n:.0f} years ago</source>
      <translation type="obsolete">{n:.0f} жыл бұрын</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="190" />
      <source>{name} failed: {err}. No output was written.</source>
      <translation>«{name}» орындалмады: {err}. Нәтижелер жазылған жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="196" />
      <source>{name} has {k} values; a pathway of {n} vertices needs 1, {s} (per segment) or {n} (per vertex).</source>
      <translation>{name}: {k} мән берілген; {n} төбесі бар таралу жолы үшін 1, {s} (әр сегментке) немесе {n} (әр төбеге) мән қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="282" />
      <source>{name} is infinite.</source>
      <translation>{name} шексіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="266" />
      <source>{name} is missing (NULL).</source>
      <translation>{name} көрсетілмеген (NULL).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="68" />
      <source>{name} is missing (NaN).</source>
      <translation>{name} көрсетілмеген (NaN).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="270" />
      <source>{name} is missing (empty).</source>
      <translation>{name} көрсетілмеген (бос).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="62" />
      <source>{name} is missing.</source>
      <translation>{name} көрсетілмеген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="66" />
      <source>{name} is not a number: {v!r}.</source>
      <translation>{name} сан емес: {v!r}.</translation>
    </message>
    <message>
      <source>{name} must be 0 or more, found {v:g}.</source>
      <translation type="obsolete">{name} 0-ден кем болмауы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="70" />
      <source>{name} must be 0 or more, found {v}.</source>
      <translation>{name} 0-ден кем болмауы керек, табылғаны: {v}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="294" />
      <source>{name}: expected a number, found {v!r}.</source>
      <translation>{name}: сан күтілген, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="290" />
      <source>{name}: unknown value {v!r}; expected one of: {allowed}.</source>
      <translation>{name}: белгісіз мән {v!r}; күтілетін мәндер: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="254" />
      <source>{name}: {v!r} is not a finite number.</source>
      <translation>{name}: {v!r} шекті сан емес.</translation>
    </message>
    <message>
      <source>{name}: {v:g} is below the lowest threshold {lo:g}.</source>
      <translation type="obsolete">{name}: {v:g} ең төменгі шектен ({lo:g}) кем.</translation>
    </message>
    <message>
      <source>{name}: {v:g} is outside the valid range{hint}.</source>
      <translation type="obsolete">{name}: {v:g} рұқсат етілген ауқымнан тыс{hint}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="276" />
      <source>{name}: {v} is below the lowest threshold {lo}.</source>
      <translation>{name}: {v} ең төменгі шектен ({lo}) кем.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="262" />
      <source>{name}: {v} is outside the valid range{hint}.</source>
      <translation>{name}: {v} рұқсат етілген ауқымнан тыс{hint}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="216" />
      <source>{n} border crossings reached by a facility; {m} more reached by none.</source>
      <translation>Объект төгіндісі жететін шекара қиылыстары: {n}; тағы {m} қиылысқа ешбір объект жетпейді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="235" />
      <source>{n} crossings: {o} outgoing, {i} incoming.</source>
      <translation>{n} қиылыс: {o} шығатын, {i} кіретін.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="91" />
      <source>{n} cycles (reaches flowing into each other) were found and broken at one link each.</source>
      <translation>{n} цикл (бір-біріне құятын учаскелер) табылды; әрқайсысы бір байланыс тұсынан үзілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="122" />
      <source>{n} different sets of assumptions; each facility's is in its section</source>
      <translation>{n} түрлі болжамдар жиыны; әр объектінің болжамдары өз бөлімінде</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="531" />
      <source>{n} facilities are farther from a river than the snap distance: their population at risk and consequence class are left NULL (not assessed). Increase the snap distance to include them.</source>
      <translation>{n} объект өзеннен байлау қашықтығынан алыс орналасқан: олардың қауіп аймағындағы халқы мен салдар сыныбы NULL болып қалады (бағаланбаған). Оларды қамту үшін байлау қашықтығын арттырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="87" />
      <source>{n} facilities checked: {e} errors, {w} warnings.</source>
      <translation>{n} объект тексерілді: {e} қате, {w} ескерту.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="353" />
      <source>{n} facilities did not reach a river within the snap distance: {ids}.</source>
      <translation>{n} объект байлау қашықтығы шегінде өзенге жетпеді: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="170" />
      <source>{n} facilities have an empty or NULL id; each is named after its feature number ({example}): {fids}.</source>
      <translation>Идентификаторы бос (NULL) нысандар саны: {n}; әрқайсысы объект нөмірімен аталды ({example}): {fids}.</translation>
    </message>
    <message>
      <source>{n} facilities have an empty or NULL id; they are named 'feature &lt;number&gt;': {fids}.</source>
      <translation type="obsolete">Идентификаторы бос (NULL) нысандар саны: {n}; олар «объект &lt;нөмір&gt;» деп аталды: {fids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="48" />
      <source>{n} facilities have an implausible released mass or volume (text, not finite, negative or above 1e10 m³), treated as missing and flagged in the summary: {ids}.</source>
      <translation>{n} объектінің ластағыш зат массасы немесе ағып шыққан қалдық көлемі сенімсіз (мәтін, шексіз сан, теріс немесе 1e10 м³-тен жоғары): мән жоқ деп есептеліп, жиынтықта белгіленді: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="439" />
      <source>{n} facilities have no pathway and get no page.</source>
      <translation>{n} объектінің таралу жолы жоқ, оларға бет жасалмайды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="395" />
      <source>{n} facilities have no stored volume or dam height: not assessed (no runout, no rank). Give a user scenario to assess them on that assumption.</source>
      <translation>Қоймадағы көлемі немесе бөгет биіктігі жоқ {n} объект бағаланбады (таралу қашықтығы жоқ, ранг жоқ). Оларды осы болжаммен бағалау үшін пайдаланушы сценарийін беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="214" />
      <source>{n} facilities lie outside the area of use of the layer's CRS {crs}; check that the CRS is right: {ids}.</source>
      <translation>{n} нысан қабаттың {crs} координаттар жүйесінің қолданылу аймағынан тыс жатыр; координаттар жүйесінің дұрыстығын тексеріңіз: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="237" />
      <source>{n} facilities upstream; the first, {name}, arrives after {arrival} ({km} km)</source>
      <translation>Ағыс бойымен жоғарыдағы объектілер: {n}; бірінші жететіні — {name}: {arrival} ішінде ({km} км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="206" />
      <source>{n} facilities, {e} with exposed settlements, {b} whose pathway crosses a border.</source>
      <translation>{n} объект; оның ішінде {e} объектінің әсер ету аймағында елді мекендер бар, {b} объектінің таралу жолы мемлекеттік шекарадан өтеді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="394" />
      <source>{n} facilities.</source>
      <translation>Нысандар: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="296" />
      <source>{n} facilities. Choose one in the list, or click one on the map with Pick.</source>
      <translation>{n} объект. Тізімнен біреуін таңдаңыз немесе «Таңдау» батырмасын басып, картадағы объектіні нұқыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="306" />
      <source>{n} facilities: {c} with a complete hazard index, {r} with a runout estimate, {p} with a consequence class.</source>
      <translation>{n} объект: қауіптілік индексі толық есептелгені — {c}, таралу қашықтығы бағаланғаны — {r}, салдар сыныбы анықталғаны — {p}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="90" />
      <source>{n} links through lakes were added (reach ending in a lake to its outflow).</source>
      <translation>Көлдер арқылы {n} байланыс қосылды (көлде аяқталатын учаскеден көлден ағып шығатын жерге дейін).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="380" />
      <source>{n} map images found in {f}.</source>
      <translation>{f} қалтасынан {n} карта суреті табылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="175" />
      <source>{n} map pages to write.</source>
      <translation>Жазылатын карта беттерінің саны: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="82" />
      <source>{n} multipart reaches had gaps between parts, bridged by straight segments.</source>
      <translation>Көп бөлікті {n} учаскенің бөліктері арасында үзілістер болды; олар түзу сегменттермен жалғанды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="239" />
      <source>{n} of {m} facilities traced; end reasons: {r}.</source>
      <translation>{m} объектінің {n} объектісі үшін ағын жолы анықталды; аяқталу себептері: {r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="273" />
      <source>{n} of {m} pathway segments have neither a velocity nor a discharge; give a constant velocity (m/s) for them.</source>
      <translation>Таралу жолының {m} сегментінің ішінен {n} сегментте ағыс жылдамдығы да, су шығыны да жоқ; олар үшін тұрақты жылдамдық (м/с) беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="227" />
      <source>{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing).</source>
      <translation>{total} объектінің ішінен {n} объектінің қауіптілік индексі толық емес (thi_complete және thi_missing өрістерін қараңыз).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="115" />
      <source>{n} of {t} facilities joined the network through an assumed overland leg.</source>
      <translation>{t} объектінің ішінен {n} объект өзен желісіне жер беті бойынша өтетін болжамды учаске арқылы қосылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/plausibility_io.py" line="69" />
      <source>{n} parts: one facility must be one point or polygon</source>
      <translation>{n} бөлік: бір нысан бір нүкте немесе бір полигон болуы тиіс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="282" />
      <source>{n} pathway segments have no velocity or discharge; used the constant {v} m/s.</source>
      <translation>Таралу жолының {n} сегментінде ағыс жылдамдығы да, су шығыны да жоқ; тұрақты {v} м/с жылдамдық қолданылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="161" />
      <source>{n} pathway vertices lie in more than one country polygon; the first polygon is used.</source>
      <translation>Таралу жолының {n} төбесі бірнеше ел полигонына түседі; бірінші полигон пайдаланылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="168" />
      <source>{n} pathway vertices lie in no country polygon (a gap, a sea or a lake); they are counted in the last country the pathway was in.</source>
      <translation>Таралу жолының {n} төбесі ешбір ел полигонына түспейді (саңылау, теңіз немесе көл); олар жол соңғы өткен елге жатқызылды.</translation>
    </message>
    <message>
      <source>{n} pathway vertices lie in no country polygon; they are labelled '{u}'.</source>
      <translation type="obsolete">Таралу жолының {n} төбесі ешбір ел полигонына түспейді; олар '{u}' деп белгіленді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="346" />
      <source>{n} pathways branch at a bifurcation; only the first branch is analysed. Choose a main stem field (or a discharge field) to follow the main stem.</source>
      <translation>{n} таралу жолы бифуркацияда тармақталады; тек бірінші тармақ талданады. Негізгі арнамен жүру үшін негізгі арна өрісін (немесе су шығыны өрісін) таңдаңыз.</translation>
    </message>
    <message>
      <source>{n} place</source>
      <translation type="obsolete">{n} елді мекен</translation>
    </message>
    <message>
      <source>{n} places</source>
      <translation type="obsolete">{n} елді мекен</translation>
    </message>
    <message>
      <source>{n} places (few)</source>
      <translation type="obsolete">{n} елді мекен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="85" />
      <source>{n} reach ends were joined within the node tolerance.</source>
      <translation>Учаскелердің {n} ұшы түйіндер үшін рұқсат етілген ауытқу шегінде біріктірілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="81" />
      <source>{n} reaches are empty, zero-length or invalid lines and were ignored.</source>
      <translation>{n} учаске бос, ұзындығы нөлге тең немесе жарамсыз сызық болғандықтан, есепке алынбады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="89" />
      <source>{n} reaches end in a lake without outflow (terminal lake).</source>
      <translation>{n} учаске ағынсыз көлде (тұйық көлде) аяқталады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="88" />
      <source>{n} reaches end without a downstream reach and outside any lake.</source>
      <translation>{n} учаске төменгі учаскесіз және ешбір көлден тыс аяқталады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="100" />
      <source>{n} reaches have equal or missing elevations at both ends; digitised direction kept.</source>
      <translation>{n} учаскенің екі ұшындағы биіктіктер тең немесе белгісіз; цифрландыру бағыты сақталды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="94" />
      <source>{n} reaches have two or more downstream reaches (bifurcations).</source>
      <translation>{n} учаскеде екі не одан көп төменгі учаске бар (тармақталу).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="86" />
      <source>{n} reaches join another reach mid-line; it was split there.</source>
      <translation>{n} учаске басқа учаскеге оның ортасында қосылады; ол учаске сол жерде бөлінді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="95" />
      <source>{n} reaches point to a downstream id that does not exist; treated as outlets.</source>
      <translation>{n} учаске жоқ төменгі идентификаторға сілтейді; олар саға (ағын шығатын нүкте) ретінде қарастырылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="98" />
      <source>{n} reaches repeat a reach id; only the first is linked to.</source>
      <translation>{n} учаскенің идентификаторы қайталанады; байланыс тек біріншісімен жасалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="87" />
      <source>{n} reaches start on the interior of another reach (not linked).</source>
      <translation>{n} учаске басқа учаскенің ішкі нүктесінен басталады (байланыстырылмады).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="99" />
      <source>{n} reaches were reversed to run downstream.</source>
      <translation>{n} учаскенің бағыты ағыс бойымен төмен қарай болатындай кері бұрылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="500" />
      <source>{n} receptor × facility pairs found for {r} receptors.</source>
      <translation>{r} әсер ету объектісі үшін {n} «әсер ету объектісі × объект» жұбы табылды.</translation>
    </message>
    <message>
      <source>{n} receptors are farther than {d:.0f} m from any river and get no sources: {ids}.</source>
      <translation type="obsolete">{n} әсер ету объектісі кез келген өзеннен {d:.0f} м-ден алыс, олар үшін көздер анықталмайды: {ids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="542" />
      <source>{n} receptors are farther than {d} m from any river and get no sources: {ids}.</source>
      <translation>{n} әсер ету объектісі кез келген өзеннен {d} м-ден алыс, олар үшін көздер анықталмайды: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="218" />
      <source>{n} receptors reached by a facility; {m} more reached by none.</source>
      <translation>Объект төгіндісі жететін әсер ету объектілері: {n}; тағы {m} объектіге ешбір объект жетпейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="275" />
      <source>{n} rows have no {c}: fill it in first.</source>
      <translation>{c} мәні жоқ жолдар саны: {n}; алдымен оны толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="503" />
      <source>{n} settlements have no usable population and count as 0 in the population at risk.</source>
      <translation>{n} елді мекеннің халық саны жарамсыз, олар қауіп аймағындағы халықты есептегенде 0 деп алынады.</translation>
    </message>
    <message>
      <source>{n} settlements, {p:,.0f} people exposed</source>
      <translation type="obsolete">{n} елді мекен, әсерге ұшырайтын халық {p:,.0f} адам</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="217" />
      <source>{n} {label} features have no usable line geometry and were skipped.</source>
      <translation>{label}: жарамды сызықтық геометриясы жоқ {n} нысан өткізіп жіберілді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="173" />
      <source>{n} {label} have no geometry and were skipped: {ids}.</source>
      <translation>{label}: геометриясы жоқ {n} нысан өткізіп жіберілді: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="197" />
      <source>{p} % prediction interval of the released volume and the runout</source>
      <translation>ағып шыққан қалдық көлемі мен таралу қашықтығының {p} % болжам интервалы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="169" />
      <source>{river} entering the country at {crossing} ({border})</source>
      <translation>{river}: елге кіру, {crossing} қиылысы ({border})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="172" />
      <source>{river} leaving the country at {crossing} ({border})</source>
      <translation>{river}: елден шығу, {crossing} қиылысы ({border})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="480" />
      <source>{route} at {km}, arrival after {h}</source>
      <translation>{route}, қашықтығы {km}, жету уақыты {h}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="266" />
      <source>{shown} of {n} facilities</source>
      <translation>{n} нысанның {shown} көрсетілген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="396" />
      <source>{shown} of {n} facilities match the search.</source>
      <translation>Іздеуге сәйкес: {shown}; барлық нысан: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="162" />
      <source>{v!r} is not a key of 'sources'.</source>
      <translation>{v!r} — 'sources' кілті емес.</translation>
    </message>
    <message>
      <source>{v:.1f} m/s, constant</source>
      <translation type="obsolete">{v:.1f} м/с, тұрақты</translation>
    </message>
    <message>
      <source>{v:.1f} m/s, constant along the river (read from the pathway times)</source>
      <translation type="obsolete">{v:.1f} м/с, өзен бойымен тұрақты (жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <source>{v:g} is above the plausible maximum {m:g} {unit}</source>
      <translation type="obsolete">{v:g} шынайы ең үлкен мәннен ({m:g} {unit}) асады</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="76" />
      <source>{valid} of {reaches} reaches are valid lines; {components} separate drainage systems.</source>
      <translation>{reaches} учаскенің ішінен {valid} учаске жарамды сызық; бөлек су жүйелерінің саны: {components}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="239" />
      <source>{v} days</source>
      <translation>{v} тәул.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/units.py" line="41" />
      <source>{v} h</source>
      <translation>{v} сағ</translation>
    </message>
    <message>
      <source>{v} is above the plausible maximum {m:g}: check the unit.</source>
      <translation type="obsolete">{v} мүмкін болатын ең үлкен мәннен ({m:g}) жоғары: өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="72" />
      <source>{v} is above the plausible maximum {m} {unit}</source>
      <translation>{v} шынайы ең үлкен мәннен ({m} {unit}) асады</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="203" />
      <source>{v} is above the plausible maximum {m}: check the unit.</source>
      <translation>{v} мүмкін болатын ең үлкен мәннен ({m}) жоғары: өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
      <source>{v} is below the plausible minimum {m:g}.</source>
      <translation type="obsolete">{v} мүмкін болатын ең кіші мәннен ({m:g}) төмен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="199" />
      <source>{v} is below the plausible minimum {m}.</source>
      <translation>{v} мүмкін болатын ең кіші мәннен ({m}) төмен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="69" />
      <source>{v} is negative</source>
      <translation>{v} теріс сан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="67" />
      <source>{v} is not a finite number</source>
      <translation>{v} шекті сан емес</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="195" />
      <source>{v} is not a whole number.</source>
      <translation>{v} бүтін сан емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/units.py" line="34" />
      <source>{v} km</source>
      <translation>{v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="67" />
      <source>{v} m/s, constant</source>
      <translation>{v} м/с, тұрақты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="71" />
      <source>{v} m/s, constant along the river (read from the pathway times)</source>
      <translation>{v} м/с, өзен бойымен тұрақты (жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="198" />
      <source>{v} must be positive.</source>
      <translation>{v}: мән оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="218" />
      <source>{what}: choose a facility first.</source>
      <translation>{what}: алдымен объектіні таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="213" />
      <source>{what}: the algorithm {id} is not available (is the Tailings provider enabled?).</source>
      <translation>{what}: {id} алгоритмі қолжетімсіз (Tailings провайдері қосылған ба?).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="216" />
      <source>{what}: wait for the running analysis to finish.</source>
      <translation>{what}: орындалып жатқан талдаудың аяқталуын күтіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="600" />
      <source>… and {n} more (see the layer {name}).</source>
      <translation>… және тағы {n} ({name} қабатын қараңыз).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="138" />
      <source>… and {n} more.</source>
      <translation>… және тағы {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="263" />
      <source>↑ summary</source>
      <translation>↑ жиынтыққа</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="174" />
      <source>→ {country}</source>
      <translation>→ {country}</translation>
    </message>
  </context>
</TS>
