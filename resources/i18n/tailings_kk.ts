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
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="276" />
      <source> (constant velocity)</source>
      <translation> (тұрақты жылдамдық)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="545" />
      <source> (first {n} of {total}; all in the report)</source>
      <translation> ({total} ішінен {n}; барлығы — есепте)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="139" />
      <source> (places up to {km:.1f} km from the river)</source>
      <translation> (өзеннен {km:.1f} км-ге дейінгі жерлер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="148" />
      <source> (up to {km:.1f} km)</source>
      <translation> ({km:.1f} км-ге дейін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="580" />
      <source> after {h:.0f} h</source>
      <translation> — {h:.0f} сағ өткен соң</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="16" />
      <source>&amp;Tailings</source>
      <translation>&amp;Қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="344" />
      <source>'Render maps' needs the pathway layer; the report has no maps.</source>
      <translation>'Карталарды салу' үшін таралу жолдары қабаты қажет; есепте карталар болмайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="207" />
      <source>'{v}' is not a date (expected YYYY-MM-DD).</source>
      <translation>'{v}' күн емес (ЖЖЖЖ-АА-КК пішімі күтілген).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="189" />
      <source>'{v}' is not a number.</source>
      <translation>'{v}' сан емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="216" />
      <source>'{v}' is not one of: {choices}.</source>
      <translation>'{v}' мына мәндердің бірі емес: {choices}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="104" />
      <source>(layer)</source>
      <translation>(қабат)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="217" />
      <source>(layout)</source>
      <translation>(макет)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="48" />
      <source>(no name)</source>
      <translation>(атауы жоқ)</translation>
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
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="47" />
      <source>24–72 h</source>
      <translation>24–72 сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="48" />
      <source>3–7 days</source>
      <translation>3–7 тәулік</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="46" />
      <source>6–24 h</source>
      <translation>6–24 сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="141" />
      <source>; exposed places lie up to {km:.1f} km from the river</source>
      <translation>; қауіп төнген елді мекендер өзеннен {km:.1f} км-ге дейін жерде орналасқан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="150" />
      <source>; the farthest facility joined the river {km:.1f} km away (a straight overland leg)</source>
      <translation>; ең алыс объект өзенге {km:.1f} км қашықтықта қосылды (бет бойымен түзу учаске)</translation>
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
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="176" />
      <source>&lt;b&gt;Assumptions&lt;/b&gt;: every page states the run's scenario, velocity, corridor, snap distance, dispersion method and interval under the disclaimer (or in a template label with the id 'assumptions'): the text you give, else the 'assumptions' field of the facility rows, the layers' metadata, or what the pathways and exposed settlements show. The consequence class is labelled as the people inside the runout zone and shown beside the downstream exposure. PDF files carry a title, subject, author and keywords.</source>
      <translation>&lt;b&gt;Болжамдар&lt;/b&gt;: әр бетте ескертудің астында (немесе шаблонның 'assumptions' id-і бар жазуында) сценарий, жылдамдық, дәліз, байлау қашықтығы, дисперсия әдісі және интервал көрсетіледі: сіз берген мәтін, әйтпесе объектілердің 'assumptions' өрісі, қабаттардың метадеректері немесе жолдар мен қауіп төнген елді мекендер көрсететін мәліметтер. Салдар сыныбы таралу аймағындағы халық ретінде белгіленеді және ағыс бойымен төмендегі әсермен қатар көрсетіледі. PDF файлдарында атауы, тақырыбы, авторы және кілт сөздері бар.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="185" />
      <source>&lt;b&gt;Context&lt;/b&gt;: region (oblast) boundaries and names from the bundled sample, the capital and the regional centres always labelled, and relief shaded from the DEM you give (else from the bundled 5′ regional DEM, about 9 km cells: a backdrop, not terrain detail).</source>
      <translation>&lt;b&gt;Контекст&lt;/b&gt;: кірістірілген үлгідегі облыс шекаралары мен атаулары, астана мен облыс орталықтары әрқашан белгіленеді, жер бедері сіз берген биіктік моделінен көлеңкеленеді (әйтпесе кірістірілген 5′ өңірлік модельден, ұяшықтары шамамен 9 км: егжей-тегжей емес, фон).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="178" />
      <source>&lt;b&gt;Language&lt;/b&gt;: headings, column names and notes are written in the chosen language, whatever the language of QGIS. Exposed settlements are named in that language when the settlement layer (default: the bundled sample) has a field for it (name_ru, name_kk, or the field you give), matched by name and position, else by their original name.</source>
      <translation>&lt;b&gt;Тіл&lt;/b&gt;: тақырыптар, баған атаулары мен ескертпелер QGIS тіліне қарамастан таңдалған тілде жазылады. Елді мекендер қабатында (әдепкі: плагинмен бірге берілген үлгі деректер) сәйкес өріс болса (name_ru, name_kk немесе сіз көрсеткен өріс), әсерге ұшырайтын елді мекендердің атаулары осы тілде беріледі; олар атауы мен орны бойынша сәйкестендіріледі, әйтпесе бастапқы атаулары сақталады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="168" />
      <source>&lt;b&gt;Language&lt;/b&gt;: the texts the plugin writes on the page (captions, table headings, legend, time marks, disclaimer) are in the chosen language, whatever the language of QGIS; a text of your own template is translated only when it is one of the plugin's texts. Settlements are named in that language when the settlement layer has a field for it (name_ru, name_kk, or the field you give), else by their original name.</source>
      <translation>&lt;b&gt;Тіл&lt;/b&gt;: плагин бетке жазатын мәтіндер (жазулар, кесте тақырыптары, шартты белгілер, уақыт белгілері, ескерту) QGIS тіліне қарамастан таңдалған тілде болады; өз үлгіңіздегі мәтін плагин мәтіндерінің бірі болған жағдайда ғана аударылады. Елді мекендер қабатында сәйкес өріс болса (name_ru, name_kk немесе сіз көрсеткен өріс), елді мекендердің атаулары осы тілде беріледі, әйтпесе бастапқы атаулары қолданылады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="165" />
      <source>&lt;b&gt;Order and parameters&lt;/b&gt;: facilities are ordered by risk (earliest arrival at a national border, then population reached within 24 h, then hazard index); the summary links to each facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, corridor, snap distance, dispersion method and interval: the text you give, what the analysis recorded (the 'assumptions' field, layer metadata), else what the outputs show. The consequence class counts the people inside the runout zone and is shown beside the downstream exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, concentrations to 3 significant figures).&lt;br&gt;&lt;b&gt;Images&lt;/b&gt;: written as JPEG files into a folder next to the HTML file (&lt;i&gt;name&lt;/i&gt;_files), which keeps the report small; tick 'Embed the images' for one self-contained file.</source>
      <translation>&lt;b&gt;Реті және параметрлер&lt;/b&gt;: объектілер қауіп бойынша реттеледі (алдымен мемлекеттік шекараға ең ерте жету, содан кейін 24 сағ ішінде жететін халық, содан кейін қауіптілік индексі); жиынтық әр объектінің бөліміне сілтейді. «Есептеу параметрлері мен болжамдар» бөлімі сценарийді, жылдамдықты, дәлізді, байлау қашықтығын, дисперсия әдісін және интервалды көрсетеді: сіз берген мәтін, талдау жазғаны ('assumptions' өрісі, қабат метадеректері), әйтпесе нәтижелер көрсететіні. Салдар сыныбы таралу аймағындағы халықты ғана есептейді және ағыс бойымен төмендегі әсермен қатар көрсетіледі. CSV және XLSX сандары дөңгелектенеді (км мен сағат 0,1-ге дейін, адамдар бүтінге дейін, концентрациялар 3 мәнді цифрға дейін).&lt;br&gt;&lt;b&gt;Суреттер&lt;/b&gt;: HTML файлының жанындағы қалтаға (&lt;i&gt;атауы&lt;/i&gt;_files) JPEG файлдары ретінде жазылады, бұл есепті шағын етеді; бір дербес файл үшін «Суреттерді ендіру» белгілеңіз.</translation>
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
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="274" />
      <source>A band factor must be 0 (use the data file) or at least 1, found {v:g}.</source>
      <translation>Ауқым коэффициенті 0 (деректер файлын қолдану) немесе кемінде 1 болуы керек, берілгені: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="110" />
      <source>A consequence class index must be 0-4, found {v!r}.</source>
      <translation>Салдар класының индексі 0-4 болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="410" />
      <source>A depression or flat larger than {n} cells was met; the path stops there.</source>
      <translation>{n} ұяшықтан үлкен ойпаң немесе тегіс аймақ кездесті; ағын жолы сол жерде тоқтайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/geodesy.py" line="180" />
      <source>A line needs at least two vertices; this one has {n}.</source>
      <translation>Сызықта кемінде екі төбе болуы керек; бұл сызықта {n} төбе бар.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="43" />
      <source>A pathway needs at least two lon/lat vertices.</source>
      <translation>Таралу жолында бойлық/ендікпен берілген кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="180" />
      <source>A pathway needs at least two vertices.</source>
      <translation>Таралу жолында кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="267" />
      <source>A3 landscape</source>
      <translation>A3, альбомдық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="267" />
      <source>A4 landscape</source>
      <translation>A4, альбомдық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="161" />
      <source>Added to the project: {layers}.</source>
      <translation>Жобаға қосылды: {layers}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="401" />
      <source>Along river, km</source>
      <translation>Өзен бойымен, км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="260" />
      <source>Also map facilities without a pathway</source>
      <translation>Таралу жолы жоқ объектілерді де картаға түсіру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="122" />
      <source>An analysis is already running; wait for it or cancel it.</source>
      <translation>Талдау қазір орындалып жатыр; оның аяқталуын күтіңіз немесе оны тоқтатыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="37" />
      <source>Area</source>
      <translation>Ауданы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="48" />
      <source>Area (ha)</source>
      <translation>Ауданы (га)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="58" />
      <source>Arrival (h)</source>
      <translation>Жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="402" />
      <source>Arrival, h</source>
      <translation>Жету уақыты, сағ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="488" />
      <source>Assumed slope where unknown (m/m; 0 = none: no concentration without slope)</source>
      <translation>Белгісіз жерде қабылданатын еңіс (м/м; 0 = жоқ: еңіс болмаса, концентрация есептелмейді)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="258" />
      <source>Assumptions: see the parameters.</source>
      <translation>Болжамдар: параметрлерді қараңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="258" />
      <source>Assumptions: {text}</source>
      <translation>Болжамдар: {text}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="65" />
      <source>Border</source>
      <translation>Шекара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="149" />
      <source>Border crossing (arrival)</source>
      <translation>Шекарадан өту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="57" />
      <source>Border crossings</source>
      <translation>Мемлекеттік шекарадан өту нүктелері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="225" />
      <source>Border crossings (CROSSINGS)</source>
      <translation>Мемлекеттік шекараны кесіп өту нүктелері (CROSSINGS)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="575" />
      <source>Border crossings not computed: give the CROSSINGS output of tailings:downstreamimpact.</source>
      <translation>Шекарадан өту нүктелері есептелмеген: tailings:downstreamimpact алгоритмінің CROSSINGS нәтижесін беріңіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="508" />
      <source>Border stretch tolerance (km)</source>
      <translation>Шекаралық бөлік төзімділігі (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="151" />
      <source>Building the river network...</source>
      <translation>Өзен желісі құрылуда...</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="46" />
      <source>Builds the river network as Trace downstream pathways would and writes one point per finding: gaps closed by the node tolerance (joined_by_tolerance), tributaries joined mid-line, reaches starting on another reach (not linked), dangling ends (reaches ending without a downstream reach outside any lake), reaches ending in a terminal lake, cycles (reaches flowing into each other), bifurcations (two or more downstream reaches), downstream ids that do not exist, and empty, zero-length or invalid lines. Counts, and the number of separate drainage systems (disconnected parts), are written to the log and returned as outputs.</source>
      <translation>Өзен желісін «Ағыс бойымен төмен таралу жолдарын анықтау» алгоритмі сияқты құрады және әрбір анықталған мәселе үшін бір нүкте жазады: түйіндер төзімділігі арқылы жабылған үзілістер (joined_by_tolerance), сызықтың ортасына қосылған салалар, басқа учаскеден басталатын учаскелер (жалғанбаған), бос ұштар (көлден тыс жерде ағыс бойымен төменгі учаскесіз аяқталатын учаскелер), ағынсыз көлде аяқталатын учаскелер, циклдар (бір-біріне ағатын учаскелер), бифуркациялар (ағыс бойымен төмен екі не одан көп учаске), жоқ төменгі учаске идентификаторлары, сондай-ақ бос, нөлдік ұзындықтағы немесе жарамсыз сызықтар. Олардың саны және бөлек су жинау жүйелерінің саны (бір-бірімен байланыспаған бөліктер) журналға жазылады және нәтиже ретінде қайтарылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/common.py" line="68" />
      <source>Cancelled by the user.</source>
      <translation>Пайдаланушы тоқтатты.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="99" />
      <source>Cancelled by the user: no output was written.</source>
      <translation>Пайдаланушы тоқтатты: ешқандай нәтиже жазылған жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="75" />
      <source>Cannot open the DEM {path}: {err}</source>
      <translation>ЖСМ-ді ашу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="198" />
      <source>Cannot open the algorithm dialog: {error}</source>
      <translation>Алгоритм терезесін ашу мүмкін емес: {error}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="292" />
      <source>Cannot open the river mask {path}: {err}</source>
      <translation>Өзен маскасын ашу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="338" />
      <source>Cannot write the CSV file {path}: {err}</source>
      <translation>CSV файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="290" />
      <source>Cannot write the HTML file {path}: {err}</source>
      <translation>HTML файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="387" />
      <source>Cannot write the XLSX file {path}: {err}</source>
      <translation>XLSX файлын жазу мүмкін емес ({path}): {err}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="226" />
      <source>Central estimate (runout_km)</source>
      <translation>Орталық баға (runout_km)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="43" />
      <source>Check river network</source>
      <translation>Өзен желісін тексеру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="50" />
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.</source>
      <translation>Қалдық сақтау қоймалары қабатын әр нысан бойынша тексеріп, ақаулар кестесін жазады (объект, өріс, маңыздылық деңгейі, хабарлама). Кіріс қабаты ешқашан өзгертілмейді.&lt;br&gt;Тексерілетіні: геометрия бар және дұрыс; координаттар жүйесі (CRS) берілген; объект идентификаторлары бірегей және бос емес; міндетті өрістер (facility_id, name) бар; сандық мәндер шынымен сан және нақтылыққа сай (бөгет биіктігі 0,5–350 м, жинақталған көлем 1–10¹⁰ м³, ауданы 0,01–50 000 га, су үшін қауіптілік класы 1–3); тексеру (инспекция) күндері болашақта емес; мәртебесі мен бөгет түрі белгілі мәндердің бірі.&lt;br&gt;Өрістері басқаша аталған қабаттарды әр мән сақталатын өрісті көрсету арқылы тексеруге болады. Жоқ өрістер туралы әр объект үшін емес, бір рет қана хабарланады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="199" />
      <source>Choose a facility layer to see each facility's record.</source>
      <translation>Әр объектінің жазбасын көру үшін объектілер қабатын таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="490" />
      <source>Choose the population field of the settlements layer (there is no 'population' field).</source>
      <translation>Елді мекендер қабатының халық саны өрісін таңдаңыз ('population' өрісі жоқ).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="43" />
      <source>Commodity</source>
      <translation>Пайдалы қазба</translation>
    </message>
    <message>
      <source>Consequence class</source>
      <translation type="obsolete">Салдар класы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="333" />
      <source>Consequence class (GISTM)</source>
      <translation>Салдар класы (GISTM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="40" />
      <source>Consequence class (people inside the runout zone)</source>
      <translation>Салдар сыныбы (таралу аймағындағы халық)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="401" />
      <source>Constant velocity</source>
      <translation>Тұрақты жылдамдық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="411" />
      <source>Constant velocity (m/s; also overland leg and reaches without value)</source>
      <translation>Тұрақты ағыс жылдамдығы (м/с; жер бетімен өтетін бөлік пен мәні жоқ учаскелер үшін де)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="473" />
      <source>Contaminant concentration (mg/L, 0 = none)</source>
      <translation>Ластағыш зат концентрациясы (мг/л, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="465" />
      <source>Contaminant concentration field (mg/L)</source>
      <translation>Ластағыш зат концентрациясы өрісі (мг/л)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="61" />
      <source>Coordinate reference system</source>
      <translation>Координаттар жүйесі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="393" />
      <source>Corridor (m from the river)</source>
      <translation>Дәліз (өзеннен, м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="207" />
      <source>Corridor around the pathway for the population at risk (m, each side)</source>
      <translation>Қауіп аймағындағы халықты есептеуге арналған таралу жолы бойындағы дәліз (м, әр жағынан)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="142" />
      <source>Corridor either side of the river</source>
      <translation>Өзеннің екі жағындағы дәліз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="20" />
      <source>Countries</source>
      <translation>Елдер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="232" />
      <source>Countries (default: bundled sample)</source>
      <translation>Елдер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="521" />
      <source>Countries must be polygons (got {t}).</source>
      <translation>Елдер полигон болуы керек (берілгені: {t}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="439" />
      <source>Countries reached</source>
      <translation>Ластану жететін елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="514" />
      <source>Countries: {n} polygons but {m} names.</source>
      <translation>Елдер: {n} полигон, бірақ {m} атау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="54" />
      <source>Country</source>
      <translation>Ел</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="386" />
      <source>Country name or code field</source>
      <translation>Ел атауы немесе коды өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="525" />
      <source>Country polygons are not lon/lat degrees: reproject them to EPSG:4326.</source>
      <translation>Ел полигондары бойлық/ендік градусында емес: оларды EPSG:4326 жүйесіне қайта проекциялаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="31" />
      <source>Create facility registry</source>
      <translation>Қалдық қоймалары тізілімін құру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="84" />
      <source>Created an empty registry with {n} fields. Status values: {s}. Dam types: {d}.</source>
      <translation>{n} өрісі бар бос тізілім құрылды. Мәртебе мәндері: {s}. Бөгет түрлері: {d}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="196" />
      <source>Created {date}</source>
      <translation>Жасалған күні: {date}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="42" />
      <source>Creates an empty tailings facility registry (GeoPackage by default) with the plugin's schema, field aliases and an attribute form ready for data entry. Facilities are points (dam or impoundment centre) or polygons (impoundment outline). Fields carry their unit in the name.</source>
      <translation>Плагин схемасы, өрістердің бүркеншік атаулары (aliases) және деректерді енгізуге дайын атрибуттар пішіні бар бос қалдық қоймалары тізілімін (әдепкі бойынша GeoPackage) құрады. Объектілер — нүктелер (бөгет немесе қойма шарасының ортасы) не полигондар (қойма шарасының контуры). Өріс атауында оның өлшем бірлігі көрсетіледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="280" />
      <source>DEM</source>
      <translation>ЖСМ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="82" />
      <source>DEM (elevation, metres)</source>
      <translation>ЖСМ (биіктік, метр)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="293" />
      <source>DEM (flow direction)</source>
      <translation>ЖСМ (ағыс бағыты)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="177" />
      <source>DEM (for the DEM direction)</source>
      <translation>ЖСМ (ЖСМ бойынша бағыт үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="316" />
      <source>DEM for the relief (default: the bundled 5′ regional DEM)</source>
      <translation>Жер бедеріне арналған биіктік моделі (әдепкі: кірістірілген 5′ өңірлік модель)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="35" />
      <source>Dam height</source>
      <translation>Бөгет биіктігі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="288" />
      <source>Dam height (dam_height_m)</source>
      <translation>Бөгет биіктігі (dam_height_m)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="46" />
      <source>Dam height (m)</source>
      <translation>Бөгет биіктігі (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="46" />
      <source>Dam height field (m)</source>
      <translation>Бөгет биіктігі өрісі (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="290" />
      <source>Dam height must be greater than 0 m, found {v:g}.</source>
      <translation>Бөгет биіктігі 0 м-ден үлкен болуы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="301" />
      <source>Dam height {h:g} m is above {hi:g} m: is the height in metres (not feet or cm)?</source>
      <translation>Бөгет биіктігі {h:g} м, бұл {hi:g} м-ден жоғары: биіктік метрмен берілген бе (фут немесе см емес пе)?</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="49" />
      <source>Dam safety field (good / fair / poor or 0–2)</source>
      <translation>Бөгет қауіпсіздігі өрісі (good / fair / poor немесе 0–2)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="45" />
      <source>Dam type (raise method)</source>
      <translation>Бөгет түрі (көтеру әдісі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="277" />
      <source>Data sources</source>
      <translation>Дереккөздер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="309" />
      <source>Data sources text (empty: the template's)</source>
      <translation>Деректер көздерінің мәтіні (бос болса: үлгідегі мәтін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="82" />
      <source>Data: facilities ICMM Global Mining Dataset 2025 (CC BY 4.0); rivers and lakes WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); settlements GeoNames (CC BY 4.0); borders Natural Earth. Pathways, times and concentrations: Tailings downstream-impact plugin.</source>
      <translation>Деректер: объектілер — ICMM Global Mining Dataset 2025 (CC BY 4.0); өзендер мен көлдер — WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); елді мекендер — GeoNames (CC BY 4.0); шекаралар — Natural Earth. Таралу жолдары, ағып жету уақыты мен концентрациялар: Tailings downstream-impact плагині.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="494" />
      <source>Decay or settling rate (per hour)</source>
      <translation>Ыдырау немесе тұну жылдамдығы (сағатына)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="158" />
      <source>Digitised direction</source>
      <translation>Цифрлау бағыты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="278" />
      <source>Digitising direction</source>
      <translation>Цифрлау бағыты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="61" />
      <source>Dilution</source>
      <translation>Сұйылу дәрежесі</translation>
    </message>
    <message>
      <source>Direction from a DEM was chosen: choose the DEM.</source>
      <translation type="obsolete">Бағытты ЖСМ бойынша анықтау таңдалған: ЖСМ-ді таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="660" />
      <source>Direction from id fields was chosen: choose the reach id and downstream id fields.</source>
      <translation>Бағытты идентификатор өрістерінен алу таңдалған: учаске және төменгі учаске идентификаторларының өрістерін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="427" />
      <source>Discharge field (m³/s, e.g. DIS_AV_CMS)</source>
      <translation>Су шығыны өрісі (м³/с, мысалы DIS_AV_CMS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="498" />
      <source>Dispersion coefficient</source>
      <translation>Бойлық дисперсия коэффициенті</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="172" />
      <source>Dispersion method</source>
      <translation>Дисперсия әдісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="66" />
      <source>Distance (km)</source>
      <translation>Қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="56" />
      <source>Distance along river (km)</source>
      <translation>Өзен бойымен қашықтық (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="57" />
      <source>Distance from river (m)</source>
      <translation>Өзеннен қашықтық (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="411" />
      <source>Downstream impact</source>
      <translation>Ағыс бойымен төмен әсер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="214" />
      <source>Downstream impact (settlements, arrival, concentration, borders)</source>
      <translation>Ағыс бойымен төмендегі әсер (елді мекендер, ластанудың келу уақыты, концентрация, шекаралар)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="128" />
      <source>Downstream pathway: travel time</source>
      <translation>Ағыс бойымен таралу жолы: ағып жету уақыты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="119" />
      <source>Downstream pathways</source>
      <translation>Ағыс бойымен төмен таралу жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="287" />
      <source>Downstream reach id field (0 or NULL = outlet)</source>
      <translation>Төменгі учаске идентификаторы өрісі (0 немесе NULL = саға)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="170" />
      <source>Downstream reach id field (0 or NULL at an outlet)</source>
      <translation>Төменгі учаске идентификаторы өрісі (сағада 0 немесе NULL)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="149" />
      <source>Duplicate facility id '{id}' (also feature {other}).</source>
      <translation>'{id}' объект идентификаторы қайталанады (сондай-ақ №{other} нысанда).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="643" />
      <source>Editing started on {layer}: save or discard the edits as usual.</source>
      <translation>{layer} қабатын өңдеу басталды: өзгерістерді әдеттегідей сақтаңыз немесе қабылдамаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="233" />
      <source>Embed the images in the HTML file (one self-contained, larger file)</source>
      <translation>Суреттерді HTML файлына ендіру (бір дербес, үлкенірек файл)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="173" />
      <source>Empty geometry: the facility cannot be placed on the map.</source>
      <translation>Геометрия бос: объектіні картаға орналастыру мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="444" />
      <source>End of the trace</source>
      <translation>Таралу жолының соңы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="210" />
      <source>Every figure of this report depends on these assumptions.</source>
      <translation>Бұл есептің әр саны осы болжамдарға байланысты.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="142" />
      <source>Export impact maps (atlas)</source>
      <translation>Әсер карталарын экспорттау (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="143" />
      <source>Export summary report (HTML, XLSX, CSV)</source>
      <translation>Жиынтық есепті экспорттау (HTML, XLSX, CSV)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="528" />
      <source>Export the impact map page of this facility</source>
      <translation>Осы объектінің әсер картасы бетін экспорттау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="147" />
      <source>Exposed settlement</source>
      <translation>Әсер аймағындағы мекен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="288" />
      <source>Exposed settlement rows</source>
      <translation>Әсерге ұшырайтын елді мекендер жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="456" />
      <source>Exposed settlements</source>
      <translation>Әсерге ұшырайтын елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="220" />
      <source>Exposed settlements (EXPOSED)</source>
      <translation>Әсерге ұшырайтын елді мекендер (EXPOSED)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="516" />
      <source>Exposed settlements and receptors</source>
      <translation>Әсерге ұшырайтын елді мекендер мен объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="543" />
      <source>Exposed settlements, downstream order</source>
      <translation>Әсерге ұшырайтын елді мекендер, ағыс бойымен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="571" />
      <source>Exposure not computed: give the EXPOSED output of tailings:downstreamimpact.</source>
      <translation>Әсер ету есептелмеген: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="237" />
      <source>Facilities</source>
      <translation>Объектілер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="287" />
      <source>Facilities in the report</source>
      <translation>Есептегі объектілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="31" />
      <source>Facility</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="37" />
      <source>Facility ID</source>
      <translation>Объект ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="30" />
      <source>Facility id</source>
      <translation>Объект ID</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="265" />
      <source>Facility id field</source>
      <translation>Объект идентификаторы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="65" />
      <source>Facility layer</source>
      <translation>Объектілер қабаты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="201" />
      <source>Facility name field</source>
      <translation>Объект атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="67" />
      <source>Facility registry</source>
      <translation>Объектілер тізілімі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="58" />
      <source>Facility to the river</source>
      <translation>Объектіден өзенге дейін</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="367" />
      <source>Facility {fid} has no geometry.</source>
      <translation>{fid} объектісінің геометриясы жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="610" />
      <source>Facility {fid} has no geometry: skipped.</source>
      <translation>{fid} объектісінің геометриясы жоқ: өткізіп жіберілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="375" />
      <source>Facility {fid}: no runout estimate: {msg}</source>
      <translation>Объект {fid}: таралу қашықтығы бағаланбады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="745" />
      <source>Facility {fid}: {msg}</source>
      <translation>Объект {fid}: {msg}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="114" />
      <source>Field '{f}' is missing from the layer.</source>
      <translation>Қабатта '{f}' өрісі жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="339" />
      <source>Fields used: {used}.</source>
      <translation>Қолданылған өрістер: {used}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="332" />
      <source>Files written (separated by ';')</source>
      <translation>Жазылған файлдар (';' арқылы бөлінген)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="147" />
      <source>Findings: {c}.</source>
      <translation>Анықталған мәселелер: {c}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="44" />
      <source>First border</source>
      <translation>Бірінші шекара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="45" />
      <source>First border (km)</source>
      <translation>Бірінші шекараға дейін (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="46" />
      <source>First border arrival (h)</source>
      <translation>Бірінші шекараға жету уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="441" />
      <source>First border crossing</source>
      <translation>Мемлекеттік шекарадан алғашқы өту</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="172" />
      <source>Flood depth raster, 100-year (m)</source>
      <translation>Су тасқыны тереңдігінің растры, 100 жылда бір рет (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="52" />
      <source>Flood hazard field (none / low / medium / high or 100-year depth m)</source>
      <translation>Су тасқыны қаупі өрісі (none / low / medium / high немесе 100 жылда бір рет болатын тасқын тереңдігі, м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="276" />
      <source>Flow direction from</source>
      <translation>Ағыс бағытының көзі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="219" />
      <source>Folder of map images (facility_id.png) to embed</source>
      <translation>Есепке енгізілетін карта суреттерінің қалтасы (facility_id.png)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="49" />
      <source>Follows the terrain from each facility down to the first river reach, instead of a straight line to the nearest reach (which can pick a river on the other side of a ridge).&lt;br&gt;Method: steepest descent over the 8 neighbours (D8, O'Callaghan &amp; Mark 1984) on a DEM whose depressions and flats are filled on demand by priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); a path never stops in a pit or wanders on a flat. Geographic DEMs use true cell sizes at each latitude; lengths are geodesic (WGS 84). Only the parts of the DEM the paths need are read, so large DEMs are fine.&lt;br&gt;A path ends on the first river cell (RIVERS, within the tolerance), at the DEM edge, at nodata, at the maximum length, or in a closed depression deeper than the maximum fill depth.&lt;br&gt;OUTPUT: one line per facility (WGS 84): facility_id, length_m, drop_m (start minus end elevation), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (filled on the way), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: where each path meets a river (the nearest point of the reach): facility_id, river_fid (feature id in RIVERS), length_m, river_offset_m.</source>
      <translation>Әр объектіден жер бедері бойымен төмен қарай бірінші өзен учаскесіне дейін жүреді — ең жақын учаскеге дейінгі түзу сызықтың орнына (ол жотаның арғы бетіндегі өзенді таңдап қоюы мүмкін).&lt;br&gt;Әдіс: ЖСМ бойынша 8 көрші ұяшық арқылы ең тік еңіспен түсу (D8, O'Callaghan &amp; Mark 1984); ЖСМ-дегі ойпаңдар мен тегіс аймақтар қажет болған кезде priority-flood әдісімен толтырылады (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); жол ешқашан тұйық шұңқырда тоқтамайды және тегіс аймақта адасып жүрмейді. Географиялық ЖСМ үшін әр ендіктегі ұяшықтардың нақты өлшемдері қолданылады; ұзындықтар геодезиялық (WGS 84). ЖСМ-нің тек жолдарға қажетті бөліктері ғана оқылады, сондықтан үлкен ЖСМ-дерді де қолдануға болады.&lt;br&gt;Жол бірінші өзен ұяшығында (RIVERS, төзімділік шегінде), ЖСМ шетінде, деректері жоқ (nodata) ұяшықта, ең үлкен ұзындыққа жеткенде немесе тереңдігі ең үлкен толтыру тереңдігінен асатын тұйық ойпаңда аяқталады.&lt;br&gt;OUTPUT: әр объектіге бір сызық (WGS 84): facility_id, length_m, drop_m (бастапқы биіктік минус соңғы биіктік), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (жол бойында толтырылған ойпаңдар), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: әр жолдың өзенге жететін жері (учаскенің ең жақын нүктесі): facility_id, river_fid (RIVERS қабатындағы объект идентификаторы), length_m, river_offset_m.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="217" />
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. A vertex in a gap between polygons (a sea or lake left out of the country layer) takes the last country the pathway was in; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation>Әрбір қалдық қоймасы үшін: шығарындыны ағыс бойымен төмен қадағалайды (tailings:tracedownstream сияқты), дәліз ішіндегі елді мекендер мен әсер ету объектілерін ағыс бойымен реті бойынша тізімдеп, өзен бойымен қашықтықты (dist_km), өзеннен қашықтықты (offset_m), ластану фронтының келу уақытын (arrival_h), шың уақытын (peak_h) және ең жоғары концентрацияны (peak_conc_mg_l) көрсетеді; таралу жолының мемлекеттік шекараны қай жерде кесіп өтетінін анықтайды (БҰҰ ЕЭК Өнеркәсіптік авариялардың трансшекаралық әсері туралы конвенциясы: ағыс бойымен жоғары орналасқан ел төмендегі елге хабарлайды) және әр объект бойынша қорытынды жасайды.&lt;br&gt;&lt;br&gt;&lt;b&gt;Ағып жету уақыты&lt;/b&gt;: tau = кесінділер ұзындығының ағыс жылдамдығына қатынастарының қосындысы. Ағыс жылдамдығы — тұрақты шама (м/с), әр учаскеге арналған өріс немесе әр учаскенің су шығыны Q бойынша тұстаманың гидравликалық геометриясы арқылы есептелетін шама (Leopold &amp;amp; Maddock 1953 түрі U = a·Q^b, тереңдік h = c·Q^f, әдепкі мәндер a=0.194, b=0.285, c=0.409, f=0.294, Raymond et al. 2012 бойынша); ені W = Q/(U·h). Жер бетімен өтетін бөлікте және мәні жоқ учаскелерде тұрақты жылдамдық қолданылады (ескертумен).&lt;br&gt;&lt;b&gt;Концентрация&lt;/b&gt;: лездік, көлденең қима бойынша толық араласқан шығарынды, бір өлшемді адвекция–дисперсия (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. U, Q және K өзгеретін өзен бойында ластану бұлты әр тұстамада уақыт бойынша Гаусс үлестіріміне бағынады, дисперсиясы σ² = Σ 2·K·L/U³, шыңы M/(Q·√(2πσ²)): су шығыны артқан сайын сұйылу жүреді (сұйылу = осы жердегі Q / шығарынды өзенге түсетін жердегі Q). K мәні Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) немесе Seo &amp;amp; Cheong (1998) бойынша; peak_conc_lo/hi_mg_l осы төрт әдіс арасындағы шашырауды береді. u* = √(g·h·S) үшін еңіс S қажет: ол еңіс өрісінен немесе қабылданған еңістен алынады (әдепкі 0.0001, бұл мән қабылданғаны туралы ескерту шығады; 0 = еңіс өрісі болмаса, концентрация есептелмейді). Су шығыны немесе масса болмаса, peak_conc_mg_l мәні NULL болады. Жағадан түскен шығарындының көлденең араласу ұзындығы шегіндегі орындар үшін &lt;b&gt;mixed&lt;/b&gt; мәні false (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); онда мән — көлденең қима бойынша орташа шама. Ластану фронты: 0.89 × шыңға дейінгі уақыт (Jobson 1996, USGS WRIR 96-4013). Қосымша: бірінші ретті ыдырау немесе тұну жылдамдығы k (сағатына). Масса M: масса өрісі немесе тұрақты мән (кг), әйтпесе шығарынды көлемі (м³) × концентрация (мг/л) / 1000.&lt;br&gt;&lt;b&gt;Шекаралар&lt;/b&gt;: таралу жолының әрбір төбесі ел полигонына орналастырылады; ел ауысқан жер тиісті кесіндіде анықталады. Шекаралық төзімділіктен (км) жақын ауысулар ондаған қиылысқа емес, бір border_stretch бөлігіне (шекара бойымен ағатын өзен) біріктіріледі. Полигондар арасындағы саңылаудағы төбе (елдер қабатына кірмеген теңіз немесе көл) жол соңғы өткен елге жатқызылады; саңылаулар мен қабаттасулар туралы ескерту беріледі.&lt;br&gt;&lt;b&gt;Қорытынды&lt;/b&gt;: дәліз ішіндегі елді мекендер мен халық (барлығы, ластану 24 сағ және 72 сағ ішінде жететіндері), ластану жететін елдер реті бойынша, бірінші шекара (км, сағ), трассаның соңы. Халық саны жарамсыз (NULL, 0, мәтін) елді мекендер тізімге енгізіліп, белгіленеді, бірақ есепке алынбайды.&lt;br&gt;Бұл — төтенше жағдайларды жоспарлауға арналған алдын ала (скрининг) бағалау, калибрленген ескерту моделі емес (ондай модельдер өлі аймақтарды ескереді және индикаторлық (трассерлік) сынақтармен калибрленеді).</translation>
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
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="39" />
      <source>From each facility, finds where a release enters the river network (the nearest point of the nearest reach within the snap distance, measured on the WGS84 ellipsoid) and follows the water downstream to the end of the network, a terminal lake (Balkhash, Aral, Caspian) or the maximum distance.&lt;br&gt;Flow direction comes from the digitising direction, from reach/downstream id fields (HydroRIVERS convention: NEXT_DOWN = 0 or NULL at an outlet) or from a DEM (reaches are turned downhill). Reach ends closer than the node tolerance are joined, tributaries that end on another reach mid-line are connected there, and cycles in bad data are broken.&lt;br&gt;OUTPUT: one line per facility and reach piece, in downstream order (facility_id, seq, reach_id, kind overland/river/lake, from_km, to_km from the facility, assumed). The first piece is the overland leg from the facility to the river, an assumed straight line.&lt;br&gt;SUMMARY: one point per facility at its entry point (or the facility when it is not on a river): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Distances are geodesic (Karney 2013). At a bifurcation all branches are followed unless a main-stem field (discharge, order) is given.</source>
      <translation>Әр объектіден шығарындының өзен желісіне түсетін орнын (байлау қашықтығы шегіндегі ең жақын учаскенің ең жақын нүктесі, WGS84 эллипсоидында өлшенеді) тауып, суды ағыс бойымен төмен желінің соңына, ағынсыз көлге (Балқаш, Арал, Каспий) немесе ең үлкен қашықтыққа дейін қадағалайды.&lt;br&gt;Ағыс бағыты цифрлау бағытынан, учаске/төменгі учаске идентификаторлары өрістерінен (HydroRIVERS келісімі: сағада NEXT_DOWN = 0 немесе NULL) немесе ЖСМ-нен алынады (учаскелер еңіс бойымен төмен қарай бағытталады). Түйіндер төзімділігінен жақын учаске ұштары біріктіріледі, басқа учаскенің ортасында аяқталатын салалар сол жерде жалғанады, ал қате деректердегі циклдар үзіледі.&lt;br&gt;OUTPUT: әр объект пен учаске бөлігіне бір сызық, ағыс бойымен реті бойынша (facility_id, seq, reach_id, kind overland/river/lake, объектіден бастап from_km, to_km, assumed). Бірінші бөлік — объектіден өзенге дейін жер бетімен өтетін бөлік, болжамды түзу сызық.&lt;br&gt;SUMMARY: әр объектіге өзенге түсу нүктесінде бір нүкте (объект өзенге жетпесе — объектінің өзінде): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Қашықтықтар геодезиялық (Karney 2013). Негізгі арна өрісі (су шығыны, өзен реті) берілмесе, бифуркацияда барлық тармақтар бойынша жүріледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="339" />
      <source>From layer {name}.</source>
      <translation>{name} қабатынан алынды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="131" />
      <source>Front of the release, hours after failure</source>
      <translation>Шығарынды фронты, бұзылудан кейінгі сағат</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="54" />
      <source>Geometry type</source>
      <translation>Геометрия түрі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="266" />
      <source>HTML report</source>
      <translation>HTML есебі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="96" />
      <source>Hazard and consequence screening</source>
      <translation>Қауіп пен салдарды алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="34" />
      <source>Hazard index (THI)</source>
      <translation>Қауіптілік индексі (THI)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="209" />
      <source>Hazard index not known (not analysed or inputs missing)</source>
      <translation>Қауіптілік индексі белгісіз (талданбаған немесе бастапқы деректер жетіспейді)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="298" />
      <source>Hazard screening</source>
      <translation>Қауіпті алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="194" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="267" />
      <source>Identity</source>
      <translation>Сәйкестендіру деректері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="518" />
      <source>Impact summary</source>
      <translation>Әсер қорытындысы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="208" />
      <source>Impact summary (SUMMARY)</source>
      <translation>Әсер қорытындысы (SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="164" />
      <source>Injection must be 'side' or 'centre'.</source>
      <translation>Ластаушының түсу орны 'side' (жағалаудан) немесе 'centre' (арна ортасынан) болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="175" />
      <source>Invalid geometry: {reason}</source>
      <translation>Жарамсыз геометрия: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="374" />
      <source>Kazakhstan</source>
      <translation>Қазақстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="291" />
      <source>Lake or reservoir</source>
      <translation>Көл немесе су қоймасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="230" />
      <source>Lakes (default: bundled sample)</source>
      <translation>Көлдер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="333" />
      <source>Lakes (polygons: terminal lakes, links through lakes)</source>
      <translation>Көлдер (полигондар: ағынсыз көлдер, көлдер арқылы өтетін байланыстар)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="112" />
      <source>Lakes (terminal lakes and lake reaches)</source>
      <translation>Көлдер (ағынсыз көлдер және көлдегі учаскелер)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="22" />
      <source>Lakes and reservoirs</source>
      <translation>Көлдер мен су қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="49" />
      <source>Language of the maps and report texts</source>
      <translation>Карталар мен есеп мәтіндерінің тілі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="50" />
      <source>Last inspection</source>
      <translation>Соңғы тексеру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="346" />
      <source>Legend</source>
      <translation>Шартты белгілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="184" />
      <source>Longitude and latitude arrays differ in length.</source>
      <translation>Бойлық пен ендік массивтерінің ұзындықтары әртүрлі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="325" />
      <source>Main stem field (follow the largest value at a bifurcation)</source>
      <translation>Негізгі арна өрісі (бифуркацияда ең үлкен мәні бар тармақпен жүру)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="103" />
      <source>Main stem field (follow the largest value at bifurcations)</source>
      <translation>Негізгі арна өрісі (бифуркацияларда ең үлкен мәні бар тармақпен жүру)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="64" />
      <source>Malformed {what} file {path}: {where}: {problem}</source>
      <translation>{what} файлының ({path}) құрылымы қате: {where}: {problem}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="263" />
      <source>Map of {name}</source>
      <translation>{name}: карта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="26" />
      <source>Maps and reports</source>
      <translation>Карталар мен есептер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="311" />
      <source>Maximum distance (km, 0 = no limit)</source>
      <translation>Ең үлкен қашықтық (км, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="317" />
      <source>Maximum distance field (km, per facility)</source>
      <translation>Ең үлкен қашықтық өрісі (км, әр объект үшін)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="106" />
      <source>Maximum fill depth of a depression (m, 0 = fill all)</source>
      <translation>Ойпаңды толтырудың ең үлкен тереңдігі (м, 0 = барлығын толтыру)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="91" />
      <source>Maximum path length (m, 0 = no limit)</source>
      <translation>Жолдың ең үлкен ұзындығы (м, 0 = шектеусіз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="25" />
      <source>Mining and processing sites (ICMM)</source>
      <translation>Тау-кен өндіру және байыту кәсіпорындары (ICMM)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="694" />
      <source>More facility warnings follow in the field hazard_notes of the output; not repeated here.</source>
      <translation>Объектілер бойынша қалған ескертулер нәтиженің hazard_notes өрісінде берілген; мұнда қайталанбайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="38" />
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="39" />
      <source>Name (Russian)</source>
      <translation>Атауы (орысша)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="29" />
      <source>Name field</source>
      <translation>Атау өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="60" />
      <source>Network diagnostics</source>
      <translation>Желі диагностикасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="125" />
      <source>No consequence class: {msg}</source>
      <translation>Салдар класы анықталмады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="621" />
      <source>No discharge is known along the pathway: peak concentrations and dilution are left empty. Give a discharge field (m³/s) on the river layer.</source>
      <translation>Таралу жолы бойында су шығыны белгісіз: ең жоғары концентрациялар мен сұйылу бос қалдырылды. Өзендер қабатында су шығыны өрісін (м³/с) көрсетіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="480" />
      <source>No exposed settlement recorded downstream.</source>
      <translation>Ағыс бойымен төмен әсерге ұшырайтын елді мекен тіркелмеген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="559" />
      <source>No facility has a runout distance: par is left NULL.</source>
      <translation>Бірде-бір объектінің таралу қашықтығы жоқ: par NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="631" />
      <source>No facility has a usable geometry.</source>
      <translation>Бірде-бір объектінің жарамды геометриясы жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="140" />
      <source>No facility id field chosen: using '{f}'.</source>
      <translation>Объект идентификаторы өрісі таңдалмаған: '{f}' қолданылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="367" />
      <source>No facility layer chosen.</source>
      <translation>Объектілер қабаты таңдалмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="425" />
      <source>No facility to map: none of the chosen facilities has a pathway in the pathway layer.</source>
      <translation>Картаға түсіретін объект жоқ: таралу жолдары қабатында таңдалған объектілердің ешқайсысының жолы жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="333" />
      <source>No field for {key}: release volume and runout cannot be estimated. Choose the field that holds it.</source>
      <translation>{key} үшін өріс жоқ: шығарынды көлемі мен таралу қашықтығын бағалау мүмкін емес. Осы мән сақталған өрісті таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="70" />
      <source>No field was chosen for the {label}.</source>
      <translation>{label} үшін өріс таңдалмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="171" />
      <source>No geometry: the facility cannot be placed on the map.</source>
      <translation>Геометрия жоқ: объектіні картаға орналастыру мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="791" />
      <source>No population field: settlements are listed without population.</source>
      <translation>Халық саны өрісі жоқ: елді мекендер халық санынсыз тізімделеді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="635" />
      <source>No release mass given (mass, or volume and concentration): concentrations stay NULL.</source>
      <translation>Шығарынды массасы берілмеген (масса, не көлем мен концентрация): концентрациялар NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="618" />
      <source>No released mass given: peak concentrations are left empty.</source>
      <translation>Шығарынды массасы берілмеген: ең жоғары концентрациялар бос қалдырылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="187" />
      <source>No river layer: the paths run to the DEM edge, nodata or the maximum length.</source>
      <translation>Өзендер қабаты берілмеген: ағын жолдары ЖСМ шетіне, деректері жоқ (nodata) ұяшықтарға немесе ең үлкен ұзындыққа дейін жүргізіледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="109" />
      <source>No runout estimate: {msg}</source>
      <translation>Таралу қашықтығы бағаланбады: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="411" />
      <source>No settlement within the corridor of this pathway.</source>
      <translation>Бұл таралу жолының дәлізінде елді мекендер жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="269" />
      <source>No settlement within the corridor.</source>
      <translation>Дәліз ішінде елді мекен жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="458" />
      <source>No settlements and rivers given: population at risk and consequence class are left NULL.</source>
      <translation>Елді мекендер мен өзендер берілмеген: қауіп аймағындағы халық пен салдар сыныбы NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="590" />
      <source>No slope known on {n} river segments: no dispersion coefficient and no peak concentration downstream of them. Give a slope or an assumed slope.</source>
      <translation>{n} өзен сегментінде еңіс белгісіз: олардан төмен дисперсия коэффициенті де, ең жоғары концентрация да есептелмейді. Еңісті немесе болжамды еңісті беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="583" />
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s:g} m/m there.</source>
      <translation>{n} өзен сегментінде еңіс белгісіз: ол жерлерде бойлық дисперсия коэффициенті болжамды {s:g} м/м еңіспен есептеледі.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="121" />
      <source>No translation file for '{code}' ({path}): the output is in English. Build it with 'make translations' (needs lrelease).</source>
      <translation>'{code}' үшін аударма файлы жоқ ({path}): нәтиже ағылшын тілінде шығарылады. Оны 'make translations' командасымен құрастырыңыз (lrelease қажет).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="529" />
      <source>No {label} field chosen: using '{f}'.</source>
      <translation>Өріс таңдалмаған ({label}): '{f}' өрісі қолданылады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="306" />
      <source>Node tolerance (m)</source>
      <translation>Түйіндер төзімділігі (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="182" />
      <source>Node tolerance (m): reach ends closer than this are joined</source>
      <translation>Түйіндер төзімділігі (м): ұштары бұдан жақын учаскелер біріктіріледі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="421" />
      <source>Not analysed yet for this facility.</source>
      <translation>Бұл объект үшін әлі талдау жүргізілмеген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="302" />
      <source>Not analysed yet.</source>
      <translation>Әлі талданбаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="100" />
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="52" />
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="80" />
      <source>Number of errors</source>
      <translation>Қателер саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="333" />
      <source>Number of map pages</source>
      <translation>Карта беттерінің саны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="81" />
      <source>Number of warnings</source>
      <translation>Ескертулер саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="21" />
      <source>Oblasts of Kazakhstan</source>
      <translation>Қазақстан облыстары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="284" />
      <source>One PDF per facility</source>
      <translation>Әр объектіге бір PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="286" />
      <source>One PNG per facility</source>
      <translation>Әр объектіге бір PNG</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="285" />
      <source>One multi-page PDF</source>
      <translation>Бір көпбетті PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="254" />
      <source>Only these facility ids (comma-separated; empty = all)</source>
      <translation>Тек осы объект идентификаторлары (үтір арқылы; бос = барлығы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="79" />
      <source>Open Kazakhstan sample data</source>
      <translation>Қазақстан бойынша үлгі деректерді ашу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="40" />
      <source>Operator</source>
      <translation>Операторы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="202" />
      <source>Operator field</source>
      <translation>Пайдаланушы ұйым (оператор) өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="226" />
      <source>Ordered by risk: earliest arrival at a national border first, then the population reached within 24 hours, then the hazard index. Click a facility for its section.</source>
      <translation>Қауіп бойынша реттелген: алдымен мемлекеттік шекараға ең ерте жету, содан кейін 24 сағат ішінде жететін халық, содан кейін қауіптілік индексі. Бөліміне өту үшін объектіні басыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="291" />
      <source>Other attributes</source>
      <translation>Басқа атрибуттар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="375" />
      <source>Other country</source>
      <translation>Басқа елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="89" />
      <source>Other mine and processing sites (ICMM)</source>
      <translation>Басқа кеніштер мен өңдеу кәсіпорындары (ICMM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="56" />
      <source>Other receptors downstream</source>
      <translation>Ағыс бойымен төмендегі әсерге ұшырайтын басқа нысандар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="90" />
      <source>Other tailings facilities</source>
      <translation>Басқа қалдық сақтау қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="282" />
      <source>Output</source>
      <translation>Нәтиже түрі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="330" />
      <source>Output folder</source>
      <translation>Нәтиже қалтасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="46" />
      <source>Overland flow path to the river (DEM)</source>
      <translation>Жер беті бойынша өзенге дейінгі ағын жолы (ЖСМ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="116" />
      <source>Overland flow paths</source>
      <translation>Жер беті бойынша ағын жолдары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="221" />
      <source>Overview map</source>
      <translation>Шолу картасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="274" />
      <source>Own layout template (.qpt; overrides the page choice)</source>
      <translation>Өз макет үлгіңіз (.qpt; бет таңдауының орнына қолданылады)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="266" />
      <source>Page</source>
      <translation>Бет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="47" />
      <source>Pathway length (km)</source>
      <translation>Таралу жолының ұзындығы (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="81" />
      <source>Pathway of facility {fid} has missing coordinates.</source>
      <translation>{fid} объектісінің таралу жолында координаттар жетіспейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="85" />
      <source>Pathway of facility {fid} is not in lon/lat degrees (EPSG:4326).</source>
      <translation>{fid} объектісінің таралу жолы бойлық/ендік градусында (EPSG:4326) емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="74" />
      <source>Pathway of facility {fid} needs at least two lon/lat vertices.</source>
      <translation>{fid} объектісінің таралу жолында бойлық/ендікпен берілген кемінде екі төбе болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="101" />
      <source>Pathway of facility {fid}: chainage must be finite and not decrease.</source>
      <translation>{fid} объектісінің таралу жолы: пикетаж мәндері шекті болуы және кемімеуі керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="95" />
      <source>Pathway of facility {fid}: {n} vertices but {m} chainage values.</source>
      <translation>{fid} объектісінің таралу жолы: {n} төбе, бірақ пикетаждың {m} мәні.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="124" />
      <source>Pathway summary</source>
      <translation>Таралу жолдарының қорытындысы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="515" />
      <source>Pathways</source>
      <translation>Таралу жолдары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="211" />
      <source>Pathways (PATHWAYS)</source>
      <translation>Таралу жолдары (PATHWAYS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="215" />
      <source>Pathways (tailings:downstreamimpact PATHWAYS)</source>
      <translation>Таралу жолдары (tailings:downstreamimpact PATHWAYS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="25" />
      <source>Pathways and impact</source>
      <translation>Таралу жолдары және әсері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="59" />
      <source>Peak (h)</source>
      <translation>Ең жоғары концентрация уақыты (сағ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="404" />
      <source>Peak conc., mg/l</source>
      <translation>Ең жоғ. конц., мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="60" />
      <source>Peak concentration (mg/l)</source>
      <translation>Ең жоғары концентрация (мг/л)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="60" />
      <source>Peak concentration at the end of the trace</source>
      <translation>Таралу жолының соңындағы ең жоғары концентрация</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="403" />
      <source>Peak, h</source>
      <translation>Шың, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="39" />
      <source>People inside the runout zone</source>
      <translation>Таралу аймағындағы халық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="403" />
      <source>Per-reach discharge field (hydraulic geometry)</source>
      <translation>Учаскелер бойынша су шығыны өрісі (гидравликалық геометрия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="402" />
      <source>Per-reach velocity field</source>
      <translation>Учаскелер бойынша жылдамдық өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="274" />
      <source>Physical data</source>
      <translation>Физикалық сипаттамалар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="458" />
      <source>Place</source>
      <translation>Орын</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="456" />
      <source>Places downstream, in downstream order ({n})</source>
      <translation>Ағыс бойымен төмендегі орындар, ағыс бағытының ретімен ({n})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Point</source>
      <translation>Нүкте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="759" />
      <source>Point {i}: {msg}</source>
      <translation>Нүкте {i}: {msg}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Polygon</source>
      <translation>Полигон</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="55" />
      <source>Population</source>
      <translation>Халық саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="75" />
      <source>Population at risk</source>
      <translation>Қауіп аймағындағы халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="331" />
      <source>Population at risk (PAR)</source>
      <translation>Қауіп аймағындағы халық (PAR)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="639" />
      <source>Population at risk computed for {n} facilities (corridor {c:g} m, {k}).</source>
      <translation>Қауіп аймағындағы халық {n} объект үшін есептелді (дәліз {c:g} м, {k}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="52" />
      <source>Population downstream</source>
      <translation>Ағыс бойымен төмендегі халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="42" />
      <source>Population exposed</source>
      <translation>Әсерге ұшырайтын халық</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="357" />
      <source>Population field</source>
      <translation>Халық саны өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="43" />
      <source>Population reached within 24 h</source>
      <translation>24 сағ ішінде ластану жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="54" />
      <source>Population reached within 72 h</source>
      <translation>72 сағ ішінде ластану жететін халық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="86" />
      <source>Potential loss of life</source>
      <translation>Ықтимал адам шығыны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="193" />
      <source>Prediction interval</source>
      <translation>Болжам интервалы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="155" />
      <source>QGIS could not read the layout template {path}.</source>
      <translation>QGIS макет үлгісін ({path}) оқи алмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="321" />
      <source>Rank (1 = highest hazard)</source>
      <translation>Орны (1 = ең жоғары қауіп)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="158" />
      <source>Reach and downstream id fields</source>
      <translation>Учаске және төменгі учаске идентификаторларының өрістері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="279" />
      <source>Reach id and downstream id fields</source>
      <translation>Учаске және төменгі учаске идентификаторларының өрістері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="286" />
      <source>Reach id field</source>
      <translation>Учаске идентификаторы өрісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1443" />
      <source>Reach ids must be numbers; got {v!r}.</source>
      <translation>Учаске идентификаторлары сан болуы керек; берілгені: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="66" />
      <source>Reading a DEM needs the Python module rasterio (Debian/Ubuntu: python3-rasterio).</source>
      <translation>ЖСМ-ді оқу үшін rasterio Python модулі қажет (Debian/Ubuntu: python3-rasterio).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="373" />
      <source>Receptor name field</source>
      <translation>Әсер ету объектісінің атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="365" />
      <source>Receptors (water intakes, protected areas …)</source>
      <translation>Әсер ету объектілері (су алу құрылыстары, ерекше қорғалатын табиғи аумақтар …)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="106" />
      <source>Recorded with the results</source>
      <translation>Нәтижелермен бірге жазылған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="32" />
      <source>Region</source>
      <translation>Өңір</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="41" />
      <source>Region (oblast)</source>
      <translation>Өңір (облыс)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="294" />
      <source>Region (oblast) boundary</source>
      <translation>Облыс шекарасы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="77" />
      <source>Registry problems</source>
      <translation>Тізілімдегі ақаулар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="443" />
      <source>Released contaminant mass (kg, 0 = from volume × concentration)</source>
      <translation>Шығарылған ластағыш зат массасы (кг, 0 = көлем × концентрация бойынша)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="435" />
      <source>Released contaminant mass field (kg)</source>
      <translation>Шығарылған ластағыш зат массасы өрісі (кг)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="59" />
      <source>Released mass</source>
      <translation>Шығарынды массасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="324" />
      <source>Released volume (estimate)</source>
      <translation>Шығарынды көлемі (бағалау)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="459" />
      <source>Released volume (m³, 0 = none)</source>
      <translation>Шығарынды көлемі (м³, 0 = жоқ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="653" />
      <source>Released volume and concentration must be 0 or positive.</source>
      <translation>Шығарынды көлемі мен концентрациясы 0 немесе оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="452" />
      <source>Released volume field (m³)</source>
      <translation>Шығарынды көлемі өрісі (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="245" />
      <source>Released-volume band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation>Шығарынды көлемінің белгісіздік ауқымы коэффициенті (0 = деректер файлынан, 1 = тек әдістер арасындағы шашырау)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="416" />
      <source>Relief</source>
      <translation>Жер бедері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="226" />
      <source>Render small maps from the pathways (slower)</source>
      <translation>Таралу жолдары бойынша шағын карталарды салу (баяуырақ)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="229" />
      <source>Report title</source>
      <translation>Есеп тақырыбы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="467" />
      <source>Report: {n} facilities, {e} exposed settlement rows, {i} maps embedded.</source>
      <translation>Есеп: {n} объект, әсерге ұшырайтын елді мекендердің {e} жолы, {i} карта енгізілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="183" />
      <source>Required value is missing.</source>
      <translation>Міндетті мән көрсетілмеген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="294" />
      <source>Resolution (dpi)</source>
      <translation>Ажыратымдылық (dpi)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="292" />
      <source>River</source>
      <translation>Өзен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="42" />
      <source>River basin</source>
      <translation>Өзен алабы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="121" />
      <source>River entry points</source>
      <translation>Өзенге жету нүктелері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="152" />
      <source>River network</source>
      <translation>Өзен желісі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="135" />
      <source>River reach {k} is a {t}, not a line.</source>
      <translation>Өзен учаскесі {k} — сызық емес, {t}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="139" />
      <source>River reach {k} is not an (n, 2) array of lon/lat.</source>
      <translation>Өзен учаскесі {k} бойлық/ендіктің (n, 2) массиві емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="99" />
      <source>River tolerance (m; the cells next to a reach always count)</source>
      <translation>Өзенді анықтау төзімділігі (м; учаскеге іргелес ұяшықтар әрқашан ескеріледі)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="271" />
      <source>Rivers</source>
      <translation>Өзендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="23" />
      <source>Rivers (WaterHydro)</source>
      <translation>Өзендер (WaterHydro)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="229" />
      <source>Rivers (default: bundled sample)</source>
      <translation>Өзендер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="199" />
      <source>Rivers (digitised in flow direction)</source>
      <translation>Өзендер (ағыс бағытымен цифрланған)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="85" />
      <source>Rivers (optional)</source>
      <translation>Өзендер (міндетті емес)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="303" />
      <source>Run Hazard screening to compute the hazard index and runout.</source>
      <translation>Қауіптілік индексі мен таралу қашықтығын есептеу үшін «Қауіпті алдын ала бағалау» алгоритмін іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="208" />
      <source>Run parameters and assumptions</source>
      <translation>Есептеу параметрлері мен болжамдар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="322" />
      <source>Run parameters and assumptions ('label: value' per line; empty: read from the inputs)</source>
      <translation>Есептеу параметрлері мен болжамдар (әр жолда «атауы: мәні»; бос болса: кіріс деректерден алынады)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="527" />
      <source>Run the downstream analysis for this facility</source>
      <translation>Осы объект үшін ағыс бойымен төмен әсерді талдауды іске қосу</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="36" />
      <source>Runout (km)</source>
      <translation>Таралу қашықтығы (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="252" />
      <source>Runout band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation>Таралу қашықтығының белгісіздік ауқымы коэффициенті (0 = деректер файлынан, 1 = тек әдістер арасындағы шашырау)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="327" />
      <source>Runout distance (estimate)</source>
      <translation>Қалдықтардың таралу қашықтығы (бағалау)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="239" />
      <source>Runout methods (JSON; default: bundled runout_methods.json)</source>
      <translation>Таралу қашықтығын есептеу әдістері (JSON; әдепкі: плагинмен берілген runout_methods.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="225" />
      <source>Runout used for the population at risk</source>
      <translation>Қауіп аймағындағы халықты есептеуге қолданылатын таралу қашықтығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="87" />
      <source>SCREENING ESTIMATES: simplified models on public data, for planning and discussion; not a dam-break study, a forecast or an official notification. Overland legs (dashed) are assumed straight. Arrival times assume the modelled flow velocity; check on site before acting.</source>
      <translation>АЛДЫН АЛА БАҒАЛАУЛАР: жалпыға қолжетімді деректерге негізделген жеңілдетілген модельдер, жоспарлау мен талқылауға арналған; бұл бөгеттің бұзылуын зерттеу, болжам немесе ресми хабарлама емес. Жер беті бойынша өтетін учаскелер (үзік сызық) түзу деп болжанған. Жету уақыттары модельденген ағыс жылдамдығына негізделген; шара қолданбас бұрын жергілікті жерде тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="131" />
      <source>Scenario (stored volume, dam height)</source>
      <translation>Сценарий (сақталған көлем, бөгет биіктігі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="22" />
      <source>Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, arrival times and concentrations come from simplified models and public data; check them on site before acting on them.</source>
      <translation>Жоспарлау мен талқылауға арналған алдын ала (скринингтік) бағалау; бұл бөгеттің бұзылуын зерттеу де, болжам да емес. Таралу жолдары, жету уақыттары мен концентрациялар жеңілдетілген модельдер мен ашық деректер негізінде алынған; олар бойынша шара қолданбас бұрын жергілікті жерде тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="347" />
      <source>Screening estimates of the downstream pathway, exposure and border crossings per facility.</source>
      <translation>Әр объект үшін ағыс бойымен төмендегі жолдың, әсердің және шекара қиылыстарының скринингтік бағалаулары.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="99" />
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions). &lt;b&gt;Uncertainty range&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): the spread between the two methods, widened by a factor for the scatter of each regression (default ×/÷ 2 for volume, ×/÷ 3 for runout). The fits are loose: r² = 0.86 for released volume and r² = 0.57 for runout (Rico et al. 2008), and Concha Larrauri &amp;amp; Lall (2018) advise reporting uncertainty bands. The factors are of that order but were not read in either paper (status [verify]); set a band factor of 1 to see the spread between methods alone. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt; (par): when settlements and rivers are given, each facility is traced downstream with tailings:tracedownstream up to its runout distance (central or upper end), and the populations of the settlements within the corridor of that pathway are summed. Settlement points count with their whole population: a coarse proxy. Without settlements and rivers (or without the tracing algorithm) par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the population at risk: Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes.</source>
      <translation>Таралу жолын анықтаудан бұрын қалдық қоймаларын алдын ала бағалайды: қалдық қоймаларының қауіптілік индексі (THI), шығарынды көлемі, қалдықтардың таралу қашықтығы, қауіп аймағындағы халық және салдар сыныбы. Нәтижелері қосылған объектілер көшірмесін &lt;b&gt;thi&lt;/b&gt; бойынша градацияланған стильмен жазады. Бұл — алдын ала (скрининг) бағалау, бөгеттің бұзылуын зерттеу емес.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қалдық қоймаларының қауіптілік индексі&lt;/b&gt; (БҰҰ ЕЭК / Германия Федералдық қоршаған ортаны қорғау агенттігінің TMF әдістемесінің құрылымы: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, ICPDR-мен бірлесіп): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, мұнда thi_cap = log10(қоймадағы көлем, м³), thi_tox — Германияның суға қауіптілік сыныбы (WGK 1–3) бойынша, thi_man — объектінің мәртебесі бойынша, thi_nat = су тасқыны қаупі + сейсмикалық қауіп, thi_dam — бөгеттің жай-күйі бойынша. Балдар — resources/hazard/thi_scoring.json файлында [verify] деп белгіленген уақытша мәндер (әр ереженің дереккөзі мен мәртебесі көрсетілген); оларды сол файлда ресми кестедегі мәндермен алмастырыңыз немесе өз файлыңызды 'THI бағалау ережелері' параметріне беріңіз. Жоқ немесе жарамсыз кіріс мәні ешқашан 0 деп бағаланбайды: бұл жағдайда индекс ішінара қосынды болады, &lt;b&gt;thi_complete&lt;/b&gt; мәні false, ал &lt;b&gt;thi_missing&lt;/b&gt; жетіспейтін бөліктерді атайды (мысалы, 'flood;dam_safety'); thi_rank барлық объектілерді, соның ішінде ішінара бағаланғандарын да, ранжирлейді (1 = ең жоғары).&lt;br&gt;Су тасқыны және сейсмикалық қауіп өрістен (санат немесе сан) алынады, ал өріс NULL болса — объект орналасқан жердегі растр мәнінен (1-арна: 100 жылда бір рет болатын тасқын тереңдігі, м; топырақтың ең жоғары үдеуі, g, 50 жылда 10% ықтималдықпен).&lt;br&gt;&lt;br&gt;&lt;b&gt;Шығарынды көлемі және таралу қашықтығы&lt;/b&gt; (VT — қоймадағы көлем, VF — шығарынды көлемі, млн м³; H — бөгет биіктігі, м; Dmax — км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (vf_rico_m3, runout_rico_km өрістері);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, мұнда Hf = H·(VF/VT)·VF (vf_cll_m3, runout_cll_km өрістері).&lt;br&gt;VF ешқашан VT-дан аспайды (resources/hazard/runout_methods.json файлындағы max_release_fraction = 1 шегі; бір жария іске асыруда 0.95 қолданылады). Таралу қашықтығының коэффициенттері сол файлда [verify] деп белгіленген.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; және &lt;b&gt;runout_km&lt;/b&gt; — орталық бағалар: екі әдістің геометриялық орташасы (екеуі де логарифмдік-логарифмдік регрессиялар). &lt;b&gt;Белгісіздік ауқымы&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): екі әдіс арасындағы шашырау, әр регрессияның шашырауын ескеретін коэффициентпен кеңейтілген (әдепкі бойынша көлем үшін ×/÷ 2, таралу қашықтығы үшін ×/÷ 3). Регрессиялардың дәлдігі төмен: шығарынды көлемі үшін r² = 0.86, таралу қашықтығы үшін r² = 0.57 (Rico et al. 2008), ал Concha Larrauri &amp;amp; Lall (2018) белгісіздік ауқымын көрсетуді ұсынады. Коэффициенттер осы шамалас, бірақ екі мақаланың ешқайсысынан оқылмаған (мәртебесі [verify]); тек әдістер арасындағы шашырауды көру үшін ауқым коэффициентін 1 деп қойыңыз. runout_km мәнін tailings:tracedownstream алгоритміне әр объект үшін ең үлкен қашықтық ретінде беруге болады.&lt;br&gt;&lt;br&gt;&lt;b&gt;Қауіп аймағындағы халық&lt;/b&gt; (par): елді мекендер мен өзендер берілсе, әр объектінің таралу жолы tailings:tracedownstream арқылы ағыс бойымен төмен таралу қашықтығына дейін (орталық баға немесе жоғарғы шек) анықталады және сол таралу жолы дәлізіндегі елді мекендердің халық саны қосылады. Елді мекен нүктелері бүкіл халық санымен есептеледі: бұл — өрескел жуықтау. Елді мекендер мен өзендер болмаса (немесе таралу жолын анықтау алгоритмі болмаса), par NULL болып қалады және сынып берілмейді.&lt;br&gt;&lt;b&gt;Салдар сыныбы&lt;/b&gt; (GISTM 2020, 2-қосымша, 1-кесте) қауіп аймағындағы халық бойынша: Low — төмен (0), Significant — елеулі (1–10), High — жоғары (10–100), Very High — өте жоғары (100–1 000), Extreme — төтенше (&amp;gt; 1 000). Ортақ шекаралық мәндер төменгі сыныпқа жатады (10 → Significant, 100 → High, 1 000 → Very High), кестедегі '&amp;gt; 1 000' жазуы осыны білдіреді. consequence_by сыныпты анықтаған өлшемшартты атайды.&lt;br&gt;&lt;br&gt;Қате кіріс деректері (көлем ≤ 0, биіктік 0, NULL мәндер, белгісіз мәртебе жолдары, млн м³-пен берілген мәндер сияқты ақылға сыймайтын көлемдер) әр объект бойынша журналда және hazard_notes өрісінде хабарланады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="54" />
      <source>Seismic hazard field (low / moderate / high or PGA g)</source>
      <translation>Сейсмикалық қауіп өрісі (low / moderate / high немесе PGA, g)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="177" />
      <source>Seismic hazard raster, PGA (g)</source>
      <translation>Сейсмикалық қауіп растры, PGA (g)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="65" />
      <source>Separate drainage systems</source>
      <translation>Бөлек су жинау жүйелері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="53" />
      <source>Settlement</source>
      <translation>Елді мекен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="349" />
      <source>Settlement name field</source>
      <translation>Елді мекен атауы өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="57" />
      <source>Settlement names in that language: field of the settlement layer (empty: name_ru for Russian, name_kk for Kazakh, when the layer has it)</source>
      <translation>Елді мекендердің осы тілдегі атаулары: елді мекендер қабатының өрісі (бос болса: орыс тілі үшін name_ru, қазақ тілі үшін name_kk, егер қабатта ондай өріс болса)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="293" />
      <source>Settlement, by population</source>
      <translation>Елді мекен (халқы)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="341" />
      <source>Settlements</source>
      <translation>Елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="24" />
      <source>Settlements (GeoNames)</source>
      <translation>Елді мекендер (GeoNames)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="231" />
      <source>Settlements (default: bundled sample)</source>
      <translation>Елді мекендер (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="183" />
      <source>Settlements (for the population at risk)</source>
      <translation>Елді мекендер (қауіп аймағындағы халықты есептеу үшін)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="51" />
      <source>Settlements downstream</source>
      <translation>Ағыс бойымен төмендегі елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="41" />
      <source>Settlements exposed</source>
      <translation>Әсерге ұшырайтын елді мекендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="55" />
      <source>Settlements of unknown population</source>
      <translation>Халық саны белгісіз елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="251" />
      <source>Settlements, for their names (default: bundled sample)</source>
      <translation>Елді мекендер, атаулары үшін (әдепкі: плагинмен бірге берілген үлгі деректер)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="482" />
      <source>Slope field (m/m)</source>
      <translation>Еңіс өрісі (м/м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="76" />
      <source>Snap distance (m)</source>
      <translation>Байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="298" />
      <source>Snap distance to the river (m)</source>
      <translation>Өзенге байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="153" />
      <source>Snap distance to the river network</source>
      <translation>Өзен желісіне байлау қашықтығы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="216" />
      <source>Snap distance to the river network for the population at risk (m)</source>
      <translation>Қауіп аймағындағы халықты есептеу үшін өзен желісіне байлау қашықтығы (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="207" />
      <source>Snapping {n} facilities to the river network...</source>
      <translation>{n} объект өзен желісіне байлануда...</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="766" />
      <source>Some exposed places lie within the lateral mixing length of the release (Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it can be higher.</source>
      <translation>Әсерге ұшыраған кейбір орындар шығарындының көлденең араласу ұзындығы шегінде орналасқан (Fischer et al. 1979): олар үшін ең жоғары концентрация — қима бойынша орташа мән; жағалау маңында ол жоғарырақ болуы мүмкін.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="51" />
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="272" />
      <source>Spreadsheet (XLSX)</source>
      <translation>Электрондық кесте (XLSX)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="44" />
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="277" />
      <source>Status and inspection</source>
      <translation>Мәртебесі және тексеру</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="33" />
      <source>Status field</source>
      <translation>Мәртебе өрісі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="48" />
      <source>Status field (operating / inactive / closed / abandoned …)</source>
      <translation>Пайдалану мәртебесі өрісі (operating / inactive / closed / abandoned …)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="36" />
      <source>Stored volume</source>
      <translation>Жинақталған көлем</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="47" />
      <source>Stored volume (m³)</source>
      <translation>Жинақталған көлем (м³)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="285" />
      <source>Stored volume (volume_m3)</source>
      <translation>Жинақталған көлем (volume_m3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="45" />
      <source>Stored volume field (m³)</source>
      <translation>Қоймадағы қалдық көлемі өрісі (м³)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="287" />
      <source>Stored volume must be greater than 0 m³, found {v:g}.</source>
      <translation>Жинақталған көлем 0 м³-ден үлкен болуы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="294" />
      <source>Stored volume {v:g} m³ is outside the plausible range {lo:g}–{hi:g} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation>Жинақталған көлем {v:g} м³ мүмкін болатын ауқымнан ({lo:g}–{hi:g} м³) тыс: көлем м³-пен берілген бе (млн м³ немесе мың м³ емес пе)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="222" />
      <source>Summary by facility</source>
      <translation>Объектілер бойынша жиынтық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="194" />
      <source>THI</source>
      <translation>THI</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="35" />
      <source>THI rank</source>
      <translation>THI бойынша орны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="233" />
      <source>THI scoring rules (JSON; default: bundled thi_scoring.json)</source>
      <translation>THI бағалау ережелері (JSON; әдепкі: плагинмен берілген thi_scoring.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="281" />
      <source>Table (CSV)</source>
      <translation>Кесте (CSV)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="659" />
      <source>Tailings</source>
      <translation>Қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="318" />
      <source>Tailings Hazard Index (THI)</source>
      <translation>Қалдық қоймаларының қауіптілік индексі (THI)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="193" />
      <source>Tailings Hazard Index from the hazard screening (higher = more hazardous)</source>
      <translation>Қауіпті алдын ала бағалау нәтижесіндегі қалдық қоймаларының қауіптілік индексі (мәні жоғары болған сайын қауіптірек)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="46" />
      <source>Tailings downstream impact {version}</source>
      <translation>Қалдық қоймалары: ағыс бойымен төмен әсер {version}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="351" />
      <source>Tailings downstream-impact plugin</source>
      <translation>Қалдық қоймаларының ағыс бойымен төмендегі әсері модулі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="97" />
      <source>Tailings facilities</source>
      <translation>Қалдық сақтау қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="190" />
      <source>Tailings facilities (hazard screening output)</source>
      <translation>Қалдық қоймалары (қауіпті алдын ала бағалау нәтижесі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="72" />
      <source>Tailings facilities panel</source>
      <translation>Қалдық сақтау қоймалары панелі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="345" />
      <source>Tailings facilities: downstream impact maps</source>
      <translation>Қалдық қоймалары: ағыс бойымен төмендегі әсер карталары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="172" />
      <source>Tailings facilities: downstream impact screening</source>
      <translation>Қалдық сақтау қоймалары: ағыс бойымен төмен әсерді алдын ала бағалау</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="97" />
      <source>Tailings facility registry</source>
      <translation>Қалдық қоймалары тізілімі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="119" />
      <source>Tailings sample data</source>
      <translation>Қалдық қоймалары бойынша үлгі деректер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="370" />
      <source>The DEM could not be opened; the maps have no relief.</source>
      <translation>Биіктік моделін ашу мүмкін болмады; карталарда жер бедері жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="389" />
      <source>The DEM could not be shaded; the maps have no relief.</source>
      <translation>Биіктік моделінің көлеңкесін құру мүмкін болмады; карталарда жер бедері жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="128" />
      <source>The DEM direction needs a DEM raster layer (DEM).</source>
      <translation>ЖСМ бойынша бағытты анықтау үшін ЖСМ растрлық қабаты (DEM) қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="890" />
      <source>The DEM direction needs an elevation sampler (a DEM layer).</source>
      <translation>Ағыс бағытын ЖСМ бойынша анықтау үшін биіктік мәндерін алу құралы (ЖСМ қабаты) қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="141" />
      <source>The DEM has no coordinate reference system; set it in the layer properties.</source>
      <translation>ЖСМ-де координаттар жүйесі берілмеген; оны қабат қасиеттерінде орнатыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="137" />
      <source>The DEM must be a raster file (GDAL provider); save it as GeoTIFF first.</source>
      <translation>ЖСМ растрлық файл болуы керек (GDAL провайдері); алдымен оны GeoTIFF ретінде сақтаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="134" />
      <source>The DEM raster layer could not be opened.</source>
      <translation>ЖСМ растрлық қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="89" />
      <source>The DEM {path} has no coordinate reference system; assign one (e.g. EPSG:4326).</source>
      <translation>ЖСМ-де ({path}) координаттар жүйесі берілмеген; оны тағайындаңыз (мысалы, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="82" />
      <source>The DEM {path} is rotated or sheared; warp it to a north-up grid first.</source>
      <translation>ЖСМ ({path}) торы бұрылған немесе қисайған; алдымен оны солтүстікке бағытталған торға түрлендіріңіз (warp).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="78" />
      <source>The PDF {path} could not be written ({error}).</source>
      <translation>PDF файлын жазу мүмкін болмады: {path} ({error}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="193" />
      <source>The Processing plugin is not enabled.</source>
      <translation>Processing плагині қосылмаған.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="136" />
      <source>The algorithm needs more parameters.</source>
      <translation>Алгоритмге қосымша параметрлер қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="119" />
      <source>The algorithm {id} is not available.</source>
      <translation>{id} алгоритмі қолжетімсіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="580" />
      <source>The assumed slope must be positive (m/m).</source>
      <translation>Болжамды еңіс оң болуы керек (м/м).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="52" />
      <source>The atlas has no page to render.</source>
      <translation>Атласта шығаруға арналған бет жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="624" />
      <source>The border tolerance must be 0 or a positive number of km.</source>
      <translation>Шекара бойынша рұқсат етілген ауытқу 0 немесе км-мен берілген оң сан болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="212" />
      <source>The consequence class counts the people inside the runout zone only; the downstream exposure (settlements and population along the pathway) is shown beside it.</source>
      <translation>Салдар сыныбы тек таралу аймағындағы халықты есептейді; ағыс бойымен төмендегі әсер (жол бойындағы елді мекендер мен халық) оның қасында көрсетіледі.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="585" />
      <source>The constant velocity must be positive (m/s), found {v:g}.</source>
      <translation>Тұрақты ағыс жылдамдығы оң сан болуы керек (м/с), берілгені: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="414" />
      <source>The corridor width must be a positive number of metres (got {c}).</source>
      <translation>Дәліз ені метрмен берілген оң сан болуы керек (берілгені: {c}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="417" />
      <source>The corridor width {c:.0f} m is too large; use at most 200 km.</source>
      <translation>Дәліз ені {c:.0f} м — тым үлкен; 200 км-ден аспайтын мән беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="536" />
      <source>The decay or settling rate must be 0 or positive (per hour).</source>
      <translation>Ыдырау немесе тұну жылдамдығы 0 немесе оң болуы керек (сағатына).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="514" />
      <source>The depression near {lon:.4f} E, {lat:.4f} N drains only over a spill at {z:.1f} m; {n} cells were flooded to find it.</source>
      <translation>{lon:.4f} ш.б., {lat:.4f} с.е. маңындағы ойпаңнан су тек {z:.1f} м биіктіктегі асу нүктесі арқылы ағып шығады; оны табу үшін {n} ұяшық толтырылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="422" />
      <source>The downstream layers in the project hold no rows for it.</source>
      <translation>Жобадағы ағыс бойымен төмен әсер қабаттарында бұл объект бойынша жолдар жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="900" />
      <source>The elevation sampler returned {k} values for {n} points.</source>
      <translation>Биіктік мәндерін алу құралы {n} нүкте үшін {k} мән қайтарды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="145" />
      <source>The facilities ({f}) and the DEM ({d}) use different coordinate reference systems; the facilities are reprojected to the DEM.</source>
      <translation>Объектілер ({f}) мен ЖСМ ({d}) әртүрлі координаттар жүйесінде; объектілер ЖСМ жүйесіне қайта проекцияланады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="264" />
      <source>The facility layer could not be opened.</source>
      <translation>Объектілер қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="292" />
      <source>The facility layer has no facility with an id and a location.</source>
      <translation>Объектілер қабатында идентификаторы мен орналасқан жері көрсетілген объект жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="269" />
      <source>The facility layer has no field '{f}'. Available fields: {names}.</source>
      <translation>Объектілер қабатында '{f}' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="75" />
      <source>The field '{field}' ({label}) is not in the layer. Available fields: {available}.</source>
      <translation>Қабатта '{field}' өрісі ({label}) жоқ. Бар өрістер: {available}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="534" />
      <source>The field '{f}' ({label}) is not in the layer.</source>
      <translation>'{f}' өрісі ({label}) қабатта жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="326" />
      <source>The field '{f}' is not in the facility layer.</source>
      <translation>'{f}' өрісі объектілер қабатында жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="701" />
      <source>The flow path from {lon:.5f} E, {lat:.5f} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation>{lon:.5f} ш.б., {lat:.5f} с.е. нүктесінен басталатын ағын жолында биіктік айырмасы жоқ: ЖСМ ол жерде тегіс, сондықтан жол тек тегіс аймақтан шығатын ең қысқа бағытпен жүреді ({reason}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="445" />
      <source>The hazard index style was not loaded: {m}</source>
      <translation>Қауіптілік индексінің стилі жүктелмеді: {m}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="91" />
      <source>The id direction needs REACH_ID_FIELD and DOWNSTREAM_ID_FIELD.</source>
      <translation>Ағыс бағытын идентификаторлар бойынша анықтау үшін REACH_ID_FIELD және DOWNSTREAM_ID_FIELD қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1019" />
      <source>The id direction needs a reach-id field and a downstream-id field.</source>
      <translation>Ағыс бағытын идентификаторлар бойынша анықтау үшін учаске идентификаторы өрісі және төменгі учаске идентификаторы өрісі қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="402" />
      <source>The input field '{f}' is replaced by the result of the same name.</source>
      <translation>'{f}' кіріс өрісі аттас нәтиже өрісімен алмастырылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="142" />
      <source>The inputs do not record the run parameters.</source>
      <translation>Кіріс деректерде есептеу параметрлері жоқ.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="104" />
      <source>The layer has no coordinate reference system.</source>
      <translation>Қабаттың координаттар жүйесі (CRS) берілмеген.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="98" />
      <source>The layers use different coordinate reference systems ({parts}); all are reprojected to WGS 84 for the analysis.</source>
      <translation>Қабаттар әртүрлі координаттар жүйесінде ({parts}); талдау үшін олардың барлығы WGS 84 жүйесіне қайта проекцияланады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="214" />
      <source>The layout template {name} cannot be used: {problems}. Give each item its id in QGIS (Item Properties ▸ Item ID) or start from the bundled template.</source>
      <translation>{name} макет үлгісін пайдалану мүмкін емес: {problems}. QGIS-те әр элементке оның идентификаторын беріңіз (Item Properties ▸ Item ID) немесе плагинмен бірге келетін үлгіден бастаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="143" />
      <source>The layout template {path} does not exist.</source>
      <translation>Макет үлгісі табылмады: {path}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="149" />
      <source>The layout template {path} is not valid XML.</source>
      <translation>Макет үлгісі ({path}) жарамды XML емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="534" />
      <source>The leading-edge fraction must lie between 0 and 1.</source>
      <translation>Фронттың алдыңғы шетінің үлесі 0 мен 1 аралығында болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="332" />
      <source>The map folder {f} does not exist.</source>
      <translation>Карталар қалтасы жоқ: {f}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="101" />
      <source>The map of facility {fid} could not be written to {path} (QGIS error {code}).</source>
      <translation>{fid} объектісінің картасын {path} файлына жазу мүмкін болмады (QGIS қатесі {code}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="183" />
      <source>The maximum fill depth must be zero or positive.</source>
      <translation>Толтырудың ең үлкен тереңдігі нөл немесе оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="768" />
      <source>The node tolerance must be zero or positive, not {t}.</source>
      <translation>Түйіндер үшін рұқсат етілген ауытқу нөл немесе оң болуы керек, ал берілгені: {t}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="222" />
      <source>The pathway chainage (dist_km) has missing values.</source>
      <translation>Таралу жолының пикетажында (dist_km) мәндер жетіспейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="224" />
      <source>The pathway chainage (dist_km) must not decrease downstream.</source>
      <translation>Таралу жолының пикетажы (dist_km) ағыс бойымен төмен қарай кемімеуі керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="353" />
      <source>The pathway layer could not be opened.</source>
      <translation>Таралу жолдары қабаты ашылмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="303" />
      <source>The pathway layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>Таралу жолдары қабатында 'facility_id' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="310" />
      <source>The pathway layer has no travel-time fields (from_h/to_h): pathways are drawn in one colour and without time marks. Use the PATHWAYS output of tailings:downstreamimpact.</source>
      <translation>Таралу жолдары қабатында ағып жету уақыты өрістері (from_h/to_h) жоқ: жолдар бір түспен және уақыт белгілерінсіз сызылады. tailings:downstreamimpact алгоритмінің PATHWAYS нәтижесін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="567" />
      <source>The pathway passes through a lake; the 1-D river model treats it as a river reach, so concentrations downstream of the lake are indicative only.</source>
      <translation>Таралу жолы көл арқылы өтеді; бір өлшемді өзен моделі оны өзен учаскесі ретінде қарастырады, сондықтан көлден төмендегі концентрациялар тек бағдарлық мәндер болып табылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="440" />
      <source>The pathway stays within one country.</source>
      <translation>Таралу жолы бір елдің шегінен шықпайды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="514" />
      <source>The population at risk could not be computed ({err}); par is left NULL.</source>
      <translation>Қауіп аймағындағы халықты есептеу мүмкін болмады ({err}); par NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="465" />
      <source>The population at risk needs both settlements and rivers; par and consequence_class are left NULL.</source>
      <translation>Қауіп аймағындағы халықты есептеу үшін елді мекендер де, өзендер де қажет; par және consequence_class NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="538" />
      <source>The released mass must be 0 or positive (kg).</source>
      <translation>Шығарынды массасы 0 немесе оң болуы керек (кг).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="104" />
      <source>The river layer has no usable line features.</source>
      <translation>Өзен қабатында жарамды сызықтық нысандар жоқ.</translation>
    </message>
    <message>
      <source>The river layer has no usable lines.</source>
      <translation type="obsolete">Өзендер қабатында жарамды сызықтар жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="777" />
      <source>The river layer has no valid line: {n} features, none with two or more distinct vertices.</source>
      <translation>Өзен қабатында жарамды сызық жоқ: {n} нысанның ешқайсысында екі не одан көп әртүрлі төбе жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="297" />
      <source>The river mask {path} is not on the DEM grid; resample it onto the DEM first.</source>
      <translation>Өзен маскасы ({path}) ЖСМ торына сәйкес келмейді; алдымен оны ЖСМ торына қайта дискреттеңіз (resample).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="100" />
      <source>The river slope is unknown: give a slope (m/m) to compute the shear velocity and dispersion.</source>
      <translation>Өзен еңісі белгісіз: динамикалық жылдамдық пен дисперсияны есептеу үшін еңісті (м/м) беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="104" />
      <source>The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km.</source>
      <translation>Өзен еңісі оң болуы керек (м/м), мысалы, әр км-ге 10 см болса — 0.0001.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="111" />
      <source>The sample data file is missing.</source>
      <translation>Үлгі деректер файлы жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="323" />
      <source>The settlement layer has no '{n}' or '{p}' field: settlements are not labelled.</source>
      <translation>Елді мекендер қабатында '{n}' немесе '{p}' өрісі жоқ: елді мекендердің жазулары көрсетілмейді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/names.py" line="57" />
      <source>The settlement layer has no field '{f}': settlements keep their original names. Available fields: {names}.</source>
      <translation>Елді мекендер қабатында '{f}' өрісі жоқ: елді мекендер бастапқы атауларын сақтайды. Қолжетімді өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="185" />
      <source>The snap distance must be zero or positive (metres).</source>
      <translation>Өзенге байлау қашықтығы нөл немесе оң болуы керек (метр).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="548" />
      <source>The start point has no valid coordinates.</source>
      <translation>Бастапқы нүктенің жарамды координаттары жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="565" />
      <source>The start point {lon:.5f} E, {lat:.5f} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation>Бастапқы нүкте ({lon:.5f} ш.б., {lat:.5f} с.е.) ЖСМ-нің деректері жоқ (nodata) ұяшығына түседі (бос орын немесе маскаланған су айдыны). Нүктені құрлыққа жылжытыңыз немесе алдымен ЖСМ-дегі бос орындарды толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="554" />
      <source>The start point {lon:.5f} E, {lat:.5f} N lies outside the DEM (about {w:.3f} to {e:.3f} E, {s:.3f} to {n:.3f} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation>Бастапқы нүкте ({lon:.5f} ш.б., {lat:.5f} с.е.) ЖСМ шегінен тыс жатыр (ЖСМ шамамен {w:.3f}–{e:.3f} ш.б., {s:.3f}–{n:.3f} с.е. аралығын қамтиды). Бұл нүктені қамтитын ЖСМ пайдаланыңыз және нүктелер мен ЖСМ координаттар жүйелерінің дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="218" />
      <source>The stored volume must be greater than 0.</source>
      <translation>Жинақталған көлем 0-ден үлкен болуы керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="475" />
      <source>The tracing algorithm {alg} is not available, so the population at risk cannot be computed; par and consequence_class are left NULL.</source>
      <translation>{alg} таралу жолын анықтау алгоритмі қолжетімсіз, сондықтан қауіп аймағындағы халықты есептеу мүмкін емес; par және consequence_class NULL болып қалады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="34" />
      <source>The {label} layer could not be opened.</source>
      <translation>{label} қабатын ашу мүмкін болмады.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="51" />
      <source>The {label} layer has no coordinate reference system. Set it in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation>{label} қабатында координаттар жүйесі (CRS) берілмеген. Оны қабат қасиеттерінде (Layer ▸ Layer CRS) орнатып, қайта іске қосыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="346" />
      <source>The {label} layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>{label} қабатында 'facility_id' өрісі жоқ. Бар өрістер: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="44" />
      <source>The {label} layer has {got} geometries; {wanted} geometries are needed.</source>
      <translation>{label} қабатының геометрия түрі — {got}; қажетті түрі — {wanted}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="37" />
      <source>The {label} layer is empty: it has no features to work with.</source>
      <translation>{label} қабаты бос: онда өңделетін нысандар жоқ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="307" />
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
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="180" />
      <source>There are {a} longitudes for {b} latitudes.</source>
      <translation>{b} ендік үшін {a} бойлық берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1024" />
      <source>There are {a} reach ids and {b} downstream ids for {n} reaches.</source>
      <translation>{n} учаске үшін {a} учаске идентификаторы және {b} төменгі учаске идентификаторы берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="93" />
      <source>There are {k} main-stem values for {n} reaches.</source>
      <translation>{n} учаске үшін негізгі арнаның {k} мәні берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="829" />
      <source>There are {k} reach kinds for {n} reaches.</source>
      <translation>{n} учаске үшін учаске түрінің {k} мәні берілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="411" />
      <source>These facility ids are not in the facility layer: {ids}.</source>
      <translation>Мына объект идентификаторлары объектілер қабатында жоқ: {ids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="44" />
      <source>This algorithm needs the Python module(s) {names}, which QGIS cannot find. Install them, then restart QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): run the OSGeo4W installer and select the python3-{first} package. conda: conda install -c conda-forge {names_space}.</source>
      <translation>Бұл алгоритмге QGIS таба алмайтын Python модулі (модульдері) қажет: {names}. Оларды орнатып, QGIS-ті қайта іске қосыңыз. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): OSGeo4W орнатқышын іске қосып, python3-{first} пакетін таңдаңыз. conda: conda install -c conda-forge {names_space}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="136" />
      <source>This facility</source>
      <translation>Осы объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="551" />
      <source>This facility has no geometry: it cannot be shown on the map.</source>
      <translation>Бұл объектінің геометриясы жоқ: оны картада көрсету мүмкін емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="303" />
      <source>Time marks along the pathway (hours)</source>
      <translation>Таралу жолы бойындағы уақыт белгілері (сағат)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="94" />
      <source>Time marks must be hours separated by commas (e.g. 6, 24, 72); '{p}' is not a number.</source>
      <translation>Уақыт белгілері үтір арқылы бөлінген сағаттар болуы керек (мысалы, 6, 24, 72); '{p}' сан емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="99" />
      <source>Time marks must be positive hours; got {v:g}.</source>
      <translation>Уақыт белгілері оң сағат мәндері болуы керек; берілгені: {v:g}.</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="obsolete">Қайда</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="36" />
      <source>Trace downstream pathways</source>
      <translation>Ағыс бойымен төмен таралу жолдарын анықтау</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="312" />
      <source>Traced {n} facilities: {a} to an outlet, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation>{n} объектінің таралу жолы анықталды: {a} — сағаға дейін, {b} — тұйық көлге дейін, {c} — ең үлкен қашықтықта тоқтады, {k} — өзенге байланбады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="333" />
      <source>Uncertainty band factors must be at least 1 (1 = spread between methods only).</source>
      <translation>Белгісіздік аралығының коэффициенттері кемінде 1 болуы керек (1 = тек әдістер арасындағы шашырау).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="105" />
      <source>Unknown consequence class {v!r}; expected one of: {allowed}.</source>
      <translation>Белгісіз салдар класы {v!r}; күтілетін мәндер: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="127" />
      <source>Unknown dispersion method {m}; use one of {ok}.</source>
      <translation>Белгісіз дисперсия әдісі {m}; мыналардың бірін пайдаланыңыз: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="116" />
      <source>Unknown language '{code}': the output is in English.</source>
      <translation>Белгісіз тіл '{code}': нәтиже ағылшын тілінде шығарылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="529" />
      <source>Unknown leading-edge method {m}; use one of {ok}.</source>
      <translation>Фронттың алдыңғы шетін анықтаудың белгісіз әдісі {m}; мыналардың бірін пайдаланыңыз: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="67" />
      <source>Unknown map format {fmt}.</source>
      <translation>Белгісіз карта пішімі: {fmt}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="562" />
      <source>Unknown pathway kind {k}; use river, lake or overland.</source>
      <translation>Таралу жолының белгісіз түрі {k}; river (өзен), lake (көл) немесе overland (жер беті) мәндерін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="74" />
      <source>Unknown runout method {key!r}; known: {known}.</source>
      <translation>Таралу қашықтығын бағалаудың белгісіз әдісі {key!r}; белгілі әдістер: {known}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="128" />
      <source>Unsupported image type {mime}.</source>
      <translation>Қолдау көрсетілмейтін сурет түрі: {mime}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="226" />
      <source>Upper end of the range (runout_high_km)</source>
      <translation>Ауқымның жоғарғы шегі (runout_high_km)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="415" />
      <source>Use “Run downstream analysis” to trace this facility.</source>
      <translation>Осы объектінің таралу жолын анықтау үшін «Ағыс бойымен төмен талдауды іске қосу» пәрменін пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="47" />
      <source>Validate facility registry</source>
      <translation>Объектілер тізілімін тексеру</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="191" />
      <source>Value is infinite.</source>
      <translation>Мән шексіз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="419" />
      <source>Velocity field (m/s)</source>
      <translation>Ағыс жылдамдығы өрісі (м/с)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="399" />
      <source>Velocity from</source>
      <translation>Ағыс жылдамдығының көзі</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="652" />
      <source>Velocity from a field was chosen: choose the velocity field.</source>
      <translation>Жылдамдықты өрістен алу таңдалған: жылдамдық өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="656" />
      <source>Velocity from discharge was chosen: choose the discharge field.</source>
      <translation>Жылдамдықты су шығыны бойынша есептеу таңдалған: су шығыны өрісін таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="235" />
      <source>Velocity must be positive (m/s){where}: {n} segment(s) have zero, negative or missing velocity (first at segment {i}). Fix the velocity field or give a constant velocity.</source>
      <translation>Ағыс жылдамдығы оң болуы керек (м/с){where}: {n} сегментте жылдамдық нөлге тең, теріс немесе жоқ (біріншісі — сегмент {i}). Жылдамдық өрісін түзетіңіз немесе тұрақты жылдамдық беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="133" />
      <source>Velocity of the release</source>
      <translation>Таралу жылдамдығы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="49" />
      <source>Water hazard class (WGK 1–3)</source>
      <translation>Су үшін қауіптілік класы (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="32" />
      <source>Water hazard class field (1–3)</source>
      <translation>Су үшін қауіптілік класы өрісі (1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="47" />
      <source>Water hazard class field (WGK 1–3)</source>
      <translation>Суға қауіптілік сыныбы өрісі (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="146" />
      <source>Writes one map page per facility, ready for a meeting: the facility and its downstream pathway coloured by the arrival time of the release (marks at 6, 24 and 72 h), rivers, lakes, settlements sized by population, exposed settlements in red, border crossings with their arrival time, an overview inset of Kazakhstan and its neighbours, a close-up of the facility when the pathway is long, legend, scale bar, north arrow, title (facility name and operator), tables of the exposed settlements and border crossings, date, data sources and a disclaimer that these are screening estimates.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; (PATHWAYS, EXPOSED, CROSSINGS) and a facility layer (ideally the output of tailings:hazardscreening, whose thi, runout_km and consequence_class are shown). The output of tailings:tracedownstream also works as pathways (one colour, no time marks). Background layers default to the bundled sample data.&lt;br&gt;Formats: one PDF per facility, one multi-page PDF (impact_maps.pdf), or one PNG per facility; files are named by facility id. Pages are ordered by hazard index (highest first).&lt;br&gt;&lt;b&gt;Templates&lt;/b&gt;: A4 or A3 landscape, or your own .qpt edited in QGIS (start from resources/layouts/). The items are found by their id: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer are required; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption are optional. Labels may use the page fields, e.g. [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</source>
      <translation>Әр объектіге кеңеске дайын бір карта бетін жазады: объект және оның ағыс бойымен төмен таралу жолы шығарындының келу уақыты бойынша түрлі түспен (6, 24 және 72 сағ белгілерімен), өзендер, көлдер, халық санына қарай өлшемі өзгеретін елді мекендер, әсерге ұшырайтын елді мекендер қызыл түспен, мемлекеттік шекараны кесіп өту нүктелері ластанудың келу уақытымен, Қазақстан мен көрші елдердің шолу картасы (ендірме), таралу жолы ұзын болса объектінің ірі масштабты фрагменті, шартты белгілер, масштаб сызғышы, солтүстік бағыт көрсеткісі, тақырып (объект атауы мен пайдаланушы ұйым), әсерге ұшырайтын елді мекендер мен шекара қиылыстарының кестелері, күні, деректер көздері және бұл алдын ала (скрининг) бағалау екені туралы ескертпе.&lt;br&gt;Кіріс деректері — &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; нәтижелері (PATHWAYS, EXPOSED, CROSSINGS) және объектілер қабаты (ең дұрысы — tailings:hazardscreening нәтижесі, оның thi, runout_km және consequence_class мәндері көрсетіледі). Таралу жолдары ретінде tailings:tracedownstream нәтижесін де қолдануға болады (бір түспен, уақыт белгілерісіз). Фондық қабаттар әдепкі бойынша плагинмен бірге берілген үлгі деректерден алынады.&lt;br&gt;Пішімдер: әр объектіге бір PDF, бір көпбетті PDF (impact_maps.pdf) немесе әр объектіге бір PNG; файлдар объект идентификаторы бойынша аталады. Беттер қауіптілік индексі бойынша реттеледі (ең жоғарысы бірінші).&lt;br&gt;&lt;b&gt;Үлгілер&lt;/b&gt;: альбомдық A4 немесе A3, не QGIS-те өңделген өз .qpt файлыңыз (resources/layouts/ ішіндегі үлгілерден бастаңыз). Элементтер өз id-і бойынша табылады: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer — міндетті; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption — қосымша. Жазуларда бет өрістерін қолдануға болады, мысалы [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="147" />
      <source>Writes the report that goes into the minutes: a single self-contained HTML file (styles and map images embedded, no external links; every name from the data is escaped) and a spreadsheet with one row per facility: hazard index, runout, consequence class, settlements and population exposed (and reached within 24 h), first border crossed with distance and arrival time, pathway length; plus a sheet (XLSX) or a second file (CSV, '_exposed' suffix) with every exposed settlement in downstream order.&lt;br&gt;Inputs: the facility layer (ideally the output of tailings:hazardscreening: thi, thi_rank, runout_km, consequence_class) and the outputs of tailings:downstreamimpact (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Exposure and borders are counted from EXPOSED and CROSSINGS when given, else taken from SUMMARY.&lt;br&gt;Maps: PNG files named &lt;i&gt;facility_id&lt;/i&gt;.png in a folder (the PNG output of tailings:exportimpactmaps) are embedded; or tick 'Render maps' to draw small A4 pages from the pathways. XLSX needs the Python module openpyxl (python3-openpyxl); CSV is UTF-8 with a BOM so that spreadsheet programs read Cyrillic names.&lt;br&gt;All figures are screening estimates.</source>
      <translation>Хаттамаға қоса берілетін есепті жазады: бір дербес HTML файлы (стильдер мен карта суреттері ішіне енгізілген, сыртқы сілтемелер жоқ; деректердегі барлық атаулар экрандалған) және әр объектіге бір жолдан тұратын электрондық кесте: қауіптілік индексі, қалдықтардың таралу қашықтығы, салдар сыныбы, әсерге ұшырайтын елді мекендер мен халық (және ластану 24 сағ ішінде жететіндері), қашықтығы мен ластанудың келу уақыты көрсетілген бірінші кесіп өтілетін шекара, таралу жолының ұзындығы; сондай-ақ әсерге ұшырайтын барлық елді мекендер ағыс бойымен реті бойынша берілген парақ (XLSX) немесе екінші файл (CSV, '_exposed' жұрнағы).&lt;br&gt;Кіріс деректері: объектілер қабаты (ең дұрысы — tailings:hazardscreening нәтижесі: thi, thi_rank, runout_km, consequence_class) және tailings:downstreamimpact нәтижелері (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Әсер мен шекаралар EXPOSED және CROSSINGS берілсе, солар бойынша есептеледі, әйтпесе SUMMARY-ден алынады.&lt;br&gt;Карталар: қалтадағы &lt;i&gt;facility_id&lt;/i&gt;.png деп аталған PNG файлдары (tailings:exportimpactmaps алгоритмінің PNG нәтижесі) есепке енгізіледі; немесе таралу жолдары бойынша шағын A4 беттерін салу үшін 'Карталарды салу' параметрін белгілеңіз. XLSX үшін openpyxl Python модулі (python3-openpyxl) қажет; электрондық кесте бағдарламалары кириллицадағы атауларды дұрыс оқуы үшін CSV BOM белгісі бар UTF-8 кодтауында жазылады.&lt;br&gt;Барлық көрсеткіштер — алдын ала (скрининг) бағалау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="353" />
      <source>Writing XLSX needs the Python module openpyxl, which is not installed. Install it (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) or leave the XLSX output empty and use the CSV.</source>
      <translation>XLSX жазу үшін openpyxl Python модулі қажет, бірақ ол орнатылмаған. Оны орнатыңыз (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) немесе XLSX нәтижесін бос қалдырып, CSV пайдаланыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="412" />
      <source>Wrote {n} files into {folder}.</source>
      <translation>{folder} қалтасына {n} файл жазылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="165" />
      <source>[default: {f}]</source>
      <translation>[әдепкі: {f}]</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="64" />
      <source>a close-up of the facility, shown when the pathway is long</source>
      <translation>объектінің ірі масштабты көрінісі (таралу жолы ұзын болғанда көрсетіледі)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="190" />
      <source>a runout range is given (runout_low_km to runout_high_km); its level is not recorded</source>
      <translation>таралу қашықтығының ауқымы берілген (runout_low_km – runout_high_km); оның деңгейі жазылмаған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="460" />
      <source>arrival h</source>
      <translation>жету, сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="129" />
      <source>at least one method is needed.</source>
      <translation>кемінде бір әдіс қажет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="598" />
      <source>concentration</source>
      <translation>концентрация</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="61" />
      <source>concentrations need a released volume (a stored volume or a scenario) and a river discharge; they were not computed in this run</source>
      <translation>концентрациялар үшін ағып шыққан қалдық көлемі (сақталған көлем немесе сценарий) және өзен шығыны қажет; бұл есептеуде олар есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="171" />
      <source>concentrations not computed in this run</source>
      <translation>бұл есептеуде концентрациялар есептелмеді</translation>
    </message>
    <message>
      <source>consequence class {c}</source>
      <translation type="obsolete">салдар класы {c}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="571" />
      <source>consequence class {c} (people inside the runout zone)</source>
      <translation>салдар сыныбы {c} (таралу аймағындағы халық)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="579" />
      <source>countries</source>
      <translation>елдер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="572" />
      <source>country</source>
      <translation>елдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="398" />
      <source>crossings</source>
      <translation>шекарадан өту нүктелері</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="352" />
      <source>dam failure</source>
      <translation>бөгет апаты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="65" />
      <source>dilution needs a released volume and a river discharge; not computed in this run</source>
      <translation>сұйылту үшін ағып шыққан қалдық көлемі және өзен шығыны қажет; бұл есептеуде есептелмеді</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="647" />
      <source>discharge</source>
      <translation>су шығыны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="644" />
      <source>downstream id</source>
      <translation>төменгі учаске идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="352" />
      <source>downstream impact</source>
      <translation>ағыс бойымен төмендегі әсер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="212" />
      <source>downstream pathway</source>
      <translation>ағыс бойымен төмен таралу жолы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="566" />
      <source>downstream: {n} settlements, {p:,.0f} people exposed</source>
      <translation>ағыс бойымен төмен: қауіп төнген елді мекендер — {n}, адамдар — {p:,.0f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="149" />
      <source>duplicate part name {v!r}.</source>
      <translation>бөлік атауы қайталанады: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="179" />
      <source>expected a [lower bound, score] pair.</source>
      <translation>[төменгі шек, балл] жұбы күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="174" />
      <source>expected a non-empty list of [lower bound, score] pairs.</source>
      <translation>[төменгі шек, балл] жұптарының бос емес тізімі күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="127" />
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
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="190" />
      <source>expected at least one category.</source>
      <translation>кемінде бір санат күтілген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="96" />
      <source>expected one of {allowed}, found {v!r}.</source>
      <translation>мына мәндердің бірі күтілген: {allowed}; табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="383" />
      <source>exposed</source>
      <translation>әсерге ұшырайтын нысандар</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="575" />
      <source>facilities</source>
      <translation>қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="559" />
      <source>facility</source>
      <translation>қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="61" />
      <source>facility facts under the title</source>
      <translation>тақырып астындағы объект туралы негізгі мәліметтер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="591" />
      <source>facility id</source>
      <translation>объект идентификаторы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="163" />
      <source>feature {n}</source>
      <translation>№{n} нысан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="578" />
      <source>first border {b}</source>
      <translation>бірінші шекара: {b}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="70" />
      <source>from {a:.1f} to {b:.1f} m/s (median {m:.1f}; read from the pathway times)</source>
      <translation>{a:.1f}-ден {b:.1f} м/с-қа дейін (медиана {m:.1f}; жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="559" />
      <source>hazard index {v:.1f}</source>
      <translation>қауіптілік индексі {v:.1f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="243" />
      <source>in the future: check the date</source>
      <translation>болашақта: күнді тексеріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="317" />
      <source>inputs missing: {parts}</source>
      <translation>бастапқы деректер жетіспейді: {parts}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="200" />
      <source>item '{id}' ({purpose}) is missing</source>
      <translation>'{id}' элементі ({purpose}) жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="206" />
      <source>item '{id}' must be {kind}, it is {got}</source>
      <translation>'{id}' элементі {kind} болуы керек, ал ол — {got}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="557" />
      <source>kind needs one value per segment or per vertex.</source>
      <translation>kind үшін әр сегментке немесе әр төбеге бір мән қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="460" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="664" />
      <source>lake</source>
      <translation>көлдер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="263" />
      <source>layer {name}</source>
      <translation>{name} қабаты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="246" />
      <source>less than a year ago</source>
      <translation>бір жылдан аз уақыт бұрын</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="61" />
      <source>line</source>
      <translation>сызық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="183" />
      <source>lower bounds must increase.</source>
      <translation>төменгі шектер өсу ретімен берілуі керек.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="649" />
      <source>main stem</source>
      <translation>негізгі арна</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="596" />
      <source>mass</source>
      <translation>масса</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="594" />
      <source>maximum distance</source>
      <translation>ең үлкен қашықтық</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="137" />
      <source>must be a unique field name, found {v!r}.</source>
      <translation>бірегей өріс атауы болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="150" />
      <source>must be a unique lowercase identifier, found {v!r}.</source>
      <translation>кіші әріптермен жазылған бірегей идентификатор болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="185" />
      <source>must be at least 1 (1 = spread between methods only).</source>
      <translation>кемінде 1 болуы керек (1 = тек әдістер арасындағы шашырау).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="82" />
      <source>must be greater than 0, found {v!r}.</source>
      <translation>0-ден үлкен болуы керек, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="171" />
      <source>must not exceed 1 (VF can never exceed VT).</source>
      <translation>1-ден аспауы керек (VF ешқашан VT-дан аспайды).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="388" />
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="204" />
      <source>needs at least one rule: 'log10', 'thresholds' or 'categories'.</source>
      <translation>кемінде бір ереже қажет: 'log10', 'thresholds' немесе 'categories'.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="190" />
      <source>no</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="51" />
      <source>no arrival times: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>ағып жету уақыты жоқ: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="44" />
      <source>no consequence class: it needs the people inside the runout zone</source>
      <translation>салдар сыныбы жоқ: ол үшін таралу аймағындағы халық қажет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="45" />
      <source>no exposure computed: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>әсер есептелмеген: tailings:downstreamimpact алгоритмінің EXPOSED нәтижесін беріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="41" />
      <source>no hazard screening (see the hazard index)</source>
      <translation>қауіп скринингі жоқ (қауіптілік индексін қараңыз)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="37" />
      <source>no hazard screening: give the output of tailings:hazardscreening, and a stored volume and dam height or an explicit scenario</source>
      <translation>қауіп скринингі жоқ: tailings:hazardscreening нәтижесін, сондай-ақ сақталған көлем мен бөгет биіктігін немесе нақты сценарийді беріңіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="36" />
      <source>no operator is recorded in the facility layer</source>
      <translation>объектілер қабатында оператор көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="55" />
      <source>no pathway given (PATHWAYS or SUMMARY)</source>
      <translation>жол берілмеген (PATHWAYS немесе SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="52" />
      <source>no pathway reaches a national border</source>
      <translation>ешбір жол мемлекеттік шекараға жетпейді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="60" />
      <source>no peak time: concentrations were not computed</source>
      <translation>ең жоғары концентрация уақыты жоқ: концентрациялар есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="192" />
      <source>no range given: single central estimates</source>
      <translation>ауқым берілмеген: тек орталық бағалаулар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="42" />
      <source>no runout: the facilities have no stored volume and dam height, or no screening</source>
      <translation>таралу қашықтығы жоқ: объектілерде сақталған көлем мен бөгет биіктігі жоқ немесе скрининг жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="59" />
      <source>no travel time: the pathway has no velocity</source>
      <translation>ағып жету уақыты жоқ: жол үшін жылдамдық берілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="67" />
      <source>no value in the inputs</source>
      <translation>кіріс деректерде мән жоқ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="339" />
      <source>none</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="192" />
      <source>none (central estimates)</source>
      <translation>жоқ (орталық бағалаулар)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="439" />
      <source>none recorded</source>
      <translation>тіркелмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="388" />
      <source>none within the traced reach</source>
      <translation>есептелген таралу жолы бойында жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="171" />
      <source>not computed</source>
      <translation>есептелмеді</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="133" />
      <source>not known</source>
      <translation>белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="21" />
      <source>not recorded</source>
      <translation>жазылмаған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="20" />
      <source>not recorded in the inputs</source>
      <translation>кіріс деректерде жазылмаған</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="388" />
      <source>operator</source>
      <translation>operator</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="557" />
      <source>operator not recorded</source>
      <translation>операторы көрсетілмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="187" />
      <source>overland leg (assumed)</source>
      <translation>жер беті бойынша өтетін учаске (болжамды)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="188" />
      <source>parameters and assumptions</source>
      <translation>параметрлер мен болжамдар</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="314" />
      <source>partial</source>
      <translation>ішінара</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="314" />
      <source>partial: missing {parts}</source>
      <translation>ішінара, жетіспейтіндері: {parts}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="563" />
      <source>pathway {v:,.0f} km</source>
      <translation>таралу жолы {v:,.0f} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="461" />
      <source>peak mg/L</source>
      <translation>ең жоғары, мг/л</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="60" />
      <source>point</source>
      <translation>нүкте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="200" />
      <source>points to {t!r}, which is not a category.</source>
      <translation>{t!r} мәніне сілтейді, бірақ ол санат емес.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="62" />
      <source>polygon</source>
      <translation>полигон</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="785" />
      <source>population</source>
      <translation>халық саны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="234" />
      <source>population not known</source>
      <translation>халық саны белгісіз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="642" />
      <source>reach id</source>
      <translation>учаске идентификаторы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="570" />
      <source>receptor</source>
      <translation>әсер ету объектілері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="801" />
      <source>receptor name</source>
      <translation>әсер ету объектісінің атауы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="578" />
      <source>receptors</source>
      <translation>әсер ету объектілері</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="37" />
      <source>required</source>
      <translation>міндетті</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="69" />
      <source>river</source>
      <translation>өзендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="576" />
      <source>rivers</source>
      <translation>өзендер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="188" />
      <source>runout range, level not recorded</source>
      <translation>таралу қашықтығының ауқымы, деңгейі жазылмаған</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="561" />
      <source>runout {v:.0f} km</source>
      <translation>таралу қашықтығы {v:.0f} км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="127" />
      <source>self-intersection or too few points</source>
      <translation>өзін-өзі қиып өту немесе нүктелер тым аз</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="567" />
      <source>settlement</source>
      <translation>елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="776" />
      <source>settlement name</source>
      <translation>елді мекен атауы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="577" />
      <source>settlements</source>
      <translation>елді мекендер</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="648" />
      <source>slope</source>
      <translation>еңіс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="352" />
      <source>tailings</source>
      <translation>қалдық қоймалары</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="66" />
      <source>the caption of the border-crossing table</source>
      <translation>шекарадан өту нүктелері кестесінің тақырыбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="65" />
      <source>the caption of the exposed-settlement table</source>
      <translation>әсерге ұшырайтын елді мекендер кестесінің тақырыбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="63" />
      <source>the data sources</source>
      <translation>дереккөздер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="58" />
      <source>the distance from the river was not computed</source>
      <translation>өзенге дейінгі қашықтық есептелмеген</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="35" />
      <source>the facility layer has no region field</source>
      <translation>объектілер қабатында өңір өрісі жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="52" />
      <source>the legend</source>
      <translation>шартты белгілер</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="50" />
      <source>the main map (facility and pathway)</source>
      <translation>негізгі карта (объект және таралу жолы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="57" />
      <source>the north arrow</source>
      <translation>солтүстік бағыттамасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="51" />
      <source>the overview inset of Kazakhstan and its neighbours</source>
      <translation>Қазақстан мен көрші елдердің шағын шолу картасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="43" />
      <source>the population inside the runout zone was not computed (no runout or no settlements)</source>
      <translation>таралу аймағындағы халық есептелмеген (таралу қашықтығы немесе елді мекендер жоқ)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="62" />
      <source>the print date</source>
      <translation>басып шығару күні</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="56" />
      <source>the scale bar</source>
      <translation>масштаб сызғышы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="58" />
      <source>the screening-estimate disclaimer</source>
      <translation>алдын ала бағалау туралы ескерту</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="56" />
      <source>the settlement layer has no country</source>
      <translation>елді мекендер қабатында ел жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="57" />
      <source>the settlement layer has no population</source>
      <translation>елді мекендер қабатында халық саны жоқ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="55" />
      <source>the table of border crossings</source>
      <translation>шекарадан өту нүктелерінің кестесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="54" />
      <source>the table of exposed settlements</source>
      <translation>әсерге ұшырайтын елді мекендер кестесі</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="53" />
      <source>the title (facility name and operator)</source>
      <translation>тақырып (объект атауы және операторы)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="580" />
      <source>the tracing output could not be read</source>
      <translation>таралу жолын анықтау нәтижесін оқу мүмкін болмады</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="197" />
      <source>travel time not known</source>
      <translation>ағып жету уақыты белгісіз</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="260" />
      <source>unnamed facility</source>
      <translation>атауы жоқ объект</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="646" />
      <source>velocity</source>
      <translation>ағыс жылдамдығы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="597" />
      <source>volume</source>
      <translation>көлем</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="192" />
      <source>volume_m3_min must be smaller than volume_m3_max.</source>
      <translation>volume_m3_min мәні volume_m3_max мәнінен кіші болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="190" />
      <source>yes</source>
      <translation>иә</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="65" />
      <source>{a:.1f} to {b:.1f} m/s</source>
      <translation>{a:.1f}-ден {b:.1f} м/с-қа дейін</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="167" />
      <source>{alg} failed: see the Processing log for details.</source>
      <translation>{alg} сәтсіз аяқталды: толығырақ Processing журналын қараңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="159" />
      <source>{alg} finished.</source>
      <translation>{alg} аяқталды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="164" />
      <source>{alg} was cancelled.</source>
      <translation>{alg} тоқтатылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="121" />
      <source>{column}: empty — {why}.</source>
      <translation>{column}: бос — {why}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="283" />
      <source>{countries} (along the border)</source>
      <translation>{countries} (шекара бойымен)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="309" />
      <source>{countries} border</source>
      <translation>{countries} шекарасы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="211" />
      <source>{d} is implausibly early.</source>
      <translation>{d} — нанымсыз ерте күн.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="209" />
      <source>{d} is in the future.</source>
      <translation>{d} — болашақтағы күн.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="538" />
      <source>{h} h</source>
      <translation>{h} сағ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="274" />
      <source>{kind} coordinates are not lon/lat degrees: reproject the layer to EPSG:4326.</source>
      <translation>{kind}: координаттар бойлық/ендік градусында емес; қабатты EPSG:4326 жүйесіне қайта проекциялаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="199" />
      <source>{kind}: {n} points but {m} countries.</source>
      <translation>{kind}: {n} нүкте, бірақ {m} ел.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="189" />
      <source>{kind}: {n} points but {m} names.</source>
      <translation>{kind}: {n} нүкте, бірақ {m} атау.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="193" />
      <source>{kind}: {n} points but {m} population values.</source>
      <translation>{kind}: {n} нүкте, бірақ халық санының {m} мәні.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="403" />
      <source>{km}, after {h}</source>
      <translation>{km}, {h} өткен соң</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="234" />
      <source>{k} facilities are farther than {d:.0f} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation>{k} объект кез келген өзеннен {d:.0f} м-ден алыс орналасқан, олардың таралу жолы анықталмады (end_reason no_river, қашықтық көрсетілген).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="204" />
      <source>{k} facilities have no valid coordinates and were not traced.</source>
      <translation>{k} объектінің жарамды координаттары жоқ, олардың таралу жолы анықталмады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="192" />
      <source>{k} negative maximum distances were treated as no limit.</source>
      <translation>Ең үлкен қашықтықтың {k} теріс мәні шектеусіз деп қабылданды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1030" />
      <source>{k} reaches have an empty reach id; fill the reach-id field.</source>
      <translation>{k} учаскенің идентификаторы бос; учаске идентификаторы өрісін толтырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="758" />
      <source>{k} settlements have no usable population ({d}); they are listed but not counted.</source>
      <translation>{k} елді мекеннің халық саны туралы жарамды дерек жоқ ({d}); олар тізімде көрсетіледі, бірақ есепке алынбайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="650" />
      <source>{layer} cannot be edited: the form opens read-only.</source>
      <translation>{layer} қабатын өңдеуге болмайды: форма тек оқу режимінде ашылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="749" />
      <source>{msg} ({k} pathways)</source>
      <translation>{msg} ({k} таралу жолы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="247" />
      <source>{n:.0f} years ago</source>
      <translation>{n:.0f} жыл бұрын</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="194" />
      <source>{name} has {k} values; a pathway of {n} vertices needs 1, {s} (per segment) or {n} (per vertex).</source>
      <translation>{name}: {k} мән берілген; {n} төбесі бар таралу жолы үшін 1, {s} (әр сегментке) немесе {n} (әр төбеге) мән қажет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="272" />
      <source>{name} is infinite.</source>
      <translation>{name} шексіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="256" />
      <source>{name} is missing (NULL).</source>
      <translation>{name} көрсетілмеген (NULL).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="67" />
      <source>{name} is missing (NaN).</source>
      <translation>{name} көрсетілмеген (NaN).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="260" />
      <source>{name} is missing (empty).</source>
      <translation>{name} көрсетілмеген (бос).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="61" />
      <source>{name} is missing.</source>
      <translation>{name} көрсетілмеген.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="65" />
      <source>{name} is not a number: {v!r}.</source>
      <translation>{name} сан емес: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="69" />
      <source>{name} must be 0 or more, found {v:g}.</source>
      <translation>{name} 0-ден кем болмауы керек, табылғаны: {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="293" />
      <source>{name}: expected a number, found {v!r}.</source>
      <translation>{name}: сан күтілген, табылғаны: {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="289" />
      <source>{name}: unknown value {v!r}; expected one of: {allowed}.</source>
      <translation>{name}: белгісіз мән {v!r}; күтілетін мәндер: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="253" />
      <source>{name}: {v!r} is not a finite number.</source>
      <translation>{name}: {v!r} шекті сан емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="275" />
      <source>{name}: {v:g} is below the lowest threshold {lo:g}.</source>
      <translation>{name}: {v:g} ең төменгі шектен ({lo:g}) кем.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="261" />
      <source>{name}: {v:g} is outside the valid range{hint}.</source>
      <translation>{name}: {v:g} рұқсат етілген ауқымнан тыс{hint}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="144" />
      <source>{n} cycles (reaches flowing into each other) were found and broken at one link each.</source>
      <translation>{n} цикл (бір-біріне құятын учаскелер) табылды; әрқайсысы бір байланыс тұсынан үзілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="111" />
      <source>{n} different sets of assumptions; each facility's is in its section</source>
      <translation>{n} түрлі болжамдар жиыны; әр объектінің болжамдары өз бөлімінде</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="588" />
      <source>{n} facilities are farther from a river than the snap distance: their population at risk and consequence class are left NULL (not assessed). Increase the snap distance to include them.</source>
      <translation>{n} объект өзеннен байлау қашықтығынан алыс орналасқан: олардың қауіп аймағындағы халқы мен салдар сыныбы NULL болып қалады (бағаланбаған). Оларды қамту үшін байлау қашықтығын арттырыңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="85" />
      <source>{n} facilities checked: {e} errors, {w} warnings.</source>
      <translation>{n} объект тексерілді: {e} қате, {w} ескерту.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="764" />
      <source>{n} facilities did not reach a river within the snap distance: {ids}.</source>
      <translation>{n} объект байлау қашықтығы шегінде өзенге жетпеді: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="421" />
      <source>{n} facilities have no pathway and get no page.</source>
      <translation>{n} объектінің таралу жолы жоқ, оларға бет жасалмайды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="199" />
      <source>{n} facilities, {e} with exposed settlements, {b} whose pathway crosses a border.</source>
      <translation>{n} объект; оның ішінде {e} объектінің әсер ету аймағында елді мекендер бар, {b} объектінің таралу жолы мемлекеттік шекарадан өтеді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="371" />
      <source>{n} facilities.</source>
      <translation>{n} объект.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="274" />
      <source>{n} facilities. Choose one in the list, or click one on the map with Pick.</source>
      <translation>{n} объект. Тізімнен біреуін таңдаңыз немесе «Таңдау» батырмасын басып, картадағы объектіні нұқыңыз.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="428" />
      <source>{n} facilities: {c} with a complete hazard index, {r} with a runout estimate, {p} with a consequence class.</source>
      <translation>{n} объект: қауіптілік индексі толық есептелгені — {c}, таралу қашықтығы бағаланғаны — {r}, салдар сыныбы анықталғаны — {p}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="143" />
      <source>{n} links through lakes were added (reach ending in a lake to its outflow).</source>
      <translation>Көлдер арқылы {n} байланыс қосылды (көлде аяқталатын учаскеден көлден ағып шығатын жерге дейін).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="339" />
      <source>{n} map images found in {f}.</source>
      <translation>{f} қалтасынан {n} карта суреті табылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="410" />
      <source>{n} map pages to write.</source>
      <translation>Жазылатын карта беттерінің саны: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="135" />
      <source>{n} multipart reaches had gaps between parts, bridged by straight segments.</source>
      <translation>Көп бөлікті {n} учаскенің бөліктері арасында үзілістер болды; олар түзу сегменттермен жалғанды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="247" />
      <source>{n} of {m} facilities traced; end reasons: {r}.</source>
      <translation>{m} объектінің {n} объектісі үшін ағын жолы анықталды; аяқталу себептері: {r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="271" />
      <source>{n} of {m} pathway segments have neither a velocity nor a discharge; give a constant velocity (m/s) for them.</source>
      <translation>Таралу жолының {m} сегментінің ішінен {n} сегментте ағыс жылдамдығы да, су шығыны да жоқ; олар үшін тұрақты жылдамдық (м/с) беріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="140" />
      <source>{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing).</source>
      <translation>{total} объектінің ішінен {n} объектінің қауіптілік индексі толық емес (thi_complete және thi_missing өрістерін қараңыз).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="160" />
      <source>{n} of {t} facilities joined the network through an assumed overland leg.</source>
      <translation>{t} объектінің ішінен {n} объект өзен желісіне жер беті бойынша өтетін болжамды учаске арқылы қосылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="280" />
      <source>{n} pathway segments have no velocity or discharge; used the constant {v} m/s.</source>
      <translation>Таралу жолының {n} сегментінде ағыс жылдамдығы да, су шығыны да жоқ; тұрақты {v} м/с жылдамдық қолданылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="781" />
      <source>{n} pathway vertices lie in more than one country polygon; the first polygon is used.</source>
      <translation>Таралу жолының {n} төбесі бірнеше ел полигонына түседі; бірінші полигон пайдаланылады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="788" />
      <source>{n} pathway vertices lie in no country polygon (a gap, a sea or a lake); they are counted in the last country the pathway was in.</source>
      <translation>Таралу жолының {n} төбесі ешбір ел полигонына түспейді (саңылау, теңіз немесе көл); олар жол соңғы өткен елге жатқызылды.</translation>
    </message>
    <message>
      <source>{n} pathway vertices lie in no country polygon; they are labelled '{u}'.</source>
      <translation type="obsolete">Таралу жолының {n} төбесі ешбір ел полигонына түспейді; олар '{u}' деп белгіленді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="757" />
      <source>{n} pathways branch at a bifurcation; only the first branch is analysed. Choose a main stem field (or a discharge field) to follow the main stem.</source>
      <translation>{n} таралу жолы бифуркацияда тармақталады; тек бірінші тармақ талданады. Негізгі арнамен жүру үшін негізгі арна өрісін (немесе су шығыны өрісін) таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="138" />
      <source>{n} reach ends were joined within the node tolerance.</source>
      <translation>Учаскелердің {n} ұшы түйіндер үшін рұқсат етілген ауытқу шегінде біріктірілді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="134" />
      <source>{n} reaches are empty, zero-length or invalid lines and were ignored.</source>
      <translation>{n} учаске бос, ұзындығы нөлге тең немесе жарамсыз сызық болғандықтан, есепке алынбады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="142" />
      <source>{n} reaches end in a lake without outflow (terminal lake).</source>
      <translation>{n} учаске ағынсыз көлде (тұйық көлде) аяқталады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="141" />
      <source>{n} reaches end without a downstream reach and outside any lake.</source>
      <translation>{n} учаске төменгі учаскесіз және ешбір көлден тыс аяқталады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="153" />
      <source>{n} reaches have equal or missing elevations at both ends; digitised direction kept.</source>
      <translation>{n} учаскенің екі ұшындағы биіктіктер тең немесе белгісіз; цифрландыру бағыты сақталды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="147" />
      <source>{n} reaches have two or more downstream reaches (bifurcations).</source>
      <translation>{n} учаскеде екі не одан көп төменгі учаске бар (тармақталу).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="139" />
      <source>{n} reaches join another reach mid-line; it was split there.</source>
      <translation>{n} учаске басқа учаскеге оның ортасында қосылады; ол учаске сол жерде бөлінді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="148" />
      <source>{n} reaches point to a downstream id that does not exist; treated as outlets.</source>
      <translation>{n} учаске жоқ төменгі идентификаторға сілтейді; олар саға (ағын шығатын нүкте) ретінде қарастырылды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="151" />
      <source>{n} reaches repeat a reach id; only the first is linked to.</source>
      <translation>{n} учаскенің идентификаторы қайталанады; байланыс тек біріншісімен жасалады.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="140" />
      <source>{n} reaches start on the interior of another reach (not linked).</source>
      <translation>{n} учаске басқа учаскенің ішкі нүктесінен басталады (байланыстырылмады).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="152" />
      <source>{n} reaches were reversed to run downstream.</source>
      <translation>{n} учаскенің бағыты ағыс бойымен төмен қарай болатындай кері бұрылды.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="628" />
      <source>{n} settlements have no usable population and count as 0 in the population at risk.</source>
      <translation>{n} елді мекеннің халық саны жарамсыз, олар қауіп аймағындағы халықты есептегенде 0 деп алынады.</translation>
    </message>
    <message>
      <source>{n} settlements, {p:,.0f} people exposed</source>
      <translation type="obsolete">{n} елді мекен, әсерге ұшырайтын халық {p:,.0f} адам</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="200" />
      <source>{n} {label} features have no usable line geometry and were skipped.</source>
      <translation>{label}: жарамды сызықтық геометриясы жоқ {n} нысан өткізіп жіберілді.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="160" />
      <source>{n} {label} have no geometry and were skipped: {ids}.</source>
      <translation>{label}: геометриясы жоқ {n} нысан өткізіп жіберілді: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="182" />
      <source>{p} % prediction interval of the released volume and the runout</source>
      <translation>ағып шыққан қалдық көлемі мен таралу қашықтығының {p} % болжам интервалы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="390" />
      <source>{route} at {km}, arrival after {h}</source>
      <translation>{route}, қашықтығы {km}, жету уақыты {h}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="373" />
      <source>{shown} of {n} facilities match the search.</source>
      <translation>{n} объектінің ішінен {shown} объект іздеуге сәйкес келеді.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="161" />
      <source>{v!r} is not a key of 'sources'.</source>
      <translation>{v!r} — 'sources' кілті емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="63" />
      <source>{v:.1f} m/s, constant</source>
      <translation>{v:.1f} м/с, тұрақты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="67" />
      <source>{v:.1f} m/s, constant along the river (read from the pathway times)</source>
      <translation>{v:.1f} м/с, өзен бойымен тұрақты (жолдағы ағып жету уақыты бойынша)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="129" />
      <source>{valid} of {reaches} reaches are valid lines; {components} separate drainage systems.</source>
      <translation>{reaches} учаскенің ішінен {valid} учаске жарамды сызық; бөлек су жүйелерінің саны: {components}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="199" />
      <source>{v} is above the plausible maximum {m:g}: check the unit.</source>
      <translation>{v} мүмкін болатын ең үлкен мәннен ({m:g}) жоғары: өлшем бірлігін тексеріңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="197" />
      <source>{v} is below the plausible minimum {m:g}.</source>
      <translation>{v} мүмкін болатын ең кіші мәннен ({m:g}) төмен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="193" />
      <source>{v} is not a whole number.</source>
      <translation>{v} бүтін сан емес.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="196" />
      <source>{v} must be positive.</source>
      <translation>{v}: мән оң болуы керек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="538" />
      <source>{what}: choose a facility first.</source>
      <translation>{what}: алдымен объектіні таңдаңыз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="533" />
      <source>{what}: the algorithm {id} is not available (is the Tailings provider enabled?).</source>
      <translation>{what}: {id} алгоритмі қолжетімсіз (Tailings провайдері қосылған ба?).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="536" />
      <source>{what}: wait for the running analysis to finish.</source>
      <translation>{what}: орындалып жатқан талдаудың аяқталуын күтіңіз.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="475" />
      <source>… and {n} more (see the layer {name}).</source>
      <translation>… және тағы {n} ({name} қабатын қараңыз).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="187" />
      <source>↑ summary</source>
      <translation>↑ жиынтыққа</translation>
    </message>
  </context>
</TS>
