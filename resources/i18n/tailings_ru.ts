<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>FacilityDockBody</name>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Analyse</source>
      <translation>Анализ</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Click a facility on the map to show its record</source>
      <translation>Щёлкните по объекту на карте, чтобы открыть его карточку</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Edit</source>
      <translation>Изменить</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that holds the facility name</source>
      <translation>Поле с названием объекта</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that identifies each facility</source>
      <translation>Поле с идентификатором объекта</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Layer</source>
      <translation>Слой</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Map page</source>
      <translation>Лист карты</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Open the attribute form to edit the record (through the layer's edit buffer)</source>
      <translation>Открыть форму атрибутов для редактирования записи (через буфер редактирования слоя)</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Pick</source>
      <translation>Выбрать</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Search name, ID, operator, region, commodity (Latin or Cyrillic)</source>
      <translation>Поиск по названию, ID, оператору, региону, полезному ископаемому (латиницей или кириллицей)</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>The facility layer: registry layers are recognised by their fields; any point or polygon layer can be used with the ID and name fields chosen below.</source>
      <translation>Слой хвостохранилищ: слои реестра распознаются по их полям; можно использовать любой точечный или полигональный слой, выбрав ниже поля ID и названия.</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom</source>
      <translation>Приблизить</translation>
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom to the facility and flash it on the map</source>
      <translation>Приблизить карту к объекту и подсветить его</translation>
    </message>
  </context>
  <context>
    <name>Tailings</name>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="278" />
      <source> (constant velocity)</source>
      <translation> (постоянная скорость)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="385" />
      <source> (first {n} of {total})</source>
      <translation> (первые {n}; всего: {total})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="42" />
      <source> (first {n} of {total}; all in the report)</source>
      <translation> (первые {n} из {total}; все — в отчёте)</translation>
    </message>
    <message>
      <source> (places up to {km:.1f} km from the river)</source>
      <translation type="obsolete"> (места до {km:.1f} км от реки)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="152" />
      <source> (places up to {km} km from the river)</source>
      <translation> (места до {km} км от реки)</translation>
    </message>
    <message>
      <source> (up to {km:.1f} km)</source>
      <translation type="obsolete"> (до {km:.1f} км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="163" />
      <source> (up to {km} km)</source>
      <translation> (до {km} км)</translation>
    </message>
    <message>
      <source> after {h:.0f} h</source>
      <translation type="obsolete"> через {h:.0f} ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="78" />
      <source> after {h} h</source>
      <translation> через {h} ч</translation>
    </message>
    <message numerus="yes">
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="36" />
      <source>%n places</source>
      <translation>
        <numerusform>%n населённый пункт</numerusform>
        <numerusform>%n населённых пункта</numerusform>
        <numerusform>%n населённых пунктов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="323" />
      <source>%n years ago</source>
      <translation>
        <numerusform>%n год назад</numerusform>
        <numerusform>%n года назад</numerusform>
        <numerusform>%n лет назад</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="16" />
      <source>&amp;Tailings</source>
      <translation>&amp;Хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="385" />
      <source>'Render maps' needs the pathway layer; the report has no maps.</source>
      <translation>Для параметра «Строить небольшие карты» нужен слой путей распространения; отчёт будет без карт.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="211" />
      <source>'{v}' is not a date (expected YYYY-MM-DD).</source>
      <translation>«{v}» не является датой (ожидается формат ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="65" />
      <source>'{v}' is not a number</source>
      <translation>«{v}» — не число</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="191" />
      <source>'{v}' is not a number.</source>
      <translation>«{v}» не является числом.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="220" />
      <source>'{v}' is not one of: {choices}.</source>
      <translation>«{v}» не входит в список допустимых значений: {choices}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="95" />
      <source>(layer)</source>
      <translation>(слой)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="205" />
      <source>(layout)</source>
      <translation>(макет)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="62" />
      <source>(no name)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="35" />
      <source>1. Facility registry</source>
      <translation>1. Реестр хвостохранилищ</translation>
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
      <translation>2. Предварительная оценка опасности</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="47" />
      <source>24–72 h</source>
      <translation>24–72 ч</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="37" />
      <source>3. Pathways and impact</source>
      <translation>3. Пути распространения и воздействие</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="48" />
      <source>3–7 days</source>
      <translation>3–7 суток</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="38" />
      <source>4. Maps and reports</source>
      <translation>4. Карты и отчёты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="46" />
      <source>6–24 h</source>
      <translation>6–24 ч</translation>
    </message>
    <message>
      <source>; exposed places lie up to {km:.1f} km from the river</source>
      <translation type="obsolete">; подверженные населённые пункты находятся до {km:.1f} км от реки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="154" />
      <source>; exposed places lie up to {km} km from the river</source>
      <translation>; подверженные населённые пункты находятся до {km} км от реки</translation>
    </message>
    <message>
      <source>; the farthest facility joined the river {km:.1f} km away (a straight overland leg)</source>
      <translation type="obsolete">; самый удалённый объект присоединён к реке на расстоянии {km:.1f} км (прямой участок по поверхности)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="165" />
      <source>; the farthest facility joined the river {km} km away (a straight overland leg)</source>
      <translation>; самый удалённый объект присоединён к реке на расстоянии {km} км (прямой участок по поверхности)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="55" />
      <source>&lt; 10,000</source>
      <translation>&lt; 10 000</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="45" />
      <source>&lt; 6 h</source>
      <translation>&lt; 6 ч</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="104" />
      <source>&lt;b&gt;A river along the border&lt;/b&gt; (the Zhaiyk/Ural, the Tobyl): changes of country that follow each other along the flow within the border tolerance are one border_stretch even when they lie on different reaches, so one river gives one row where it runs along the border, not one per reach (n_changes counts the changes; BORDER_TOLERANCE = 0 keeps every change). The stretch is placed at its first change, as in tailings:downstreamimpact; a stretch that comes back to the side it started from still carries the release into the neighbour and is listed as outgoing towards it. Crossings of different rivers are never merged.</source>
      <translation>&lt;b&gt;Река вдоль границы&lt;/b&gt; (Жайык/Урал, Тобол): смены страны, следующие друг за другом по течению в пределах допуска границы, образуют один border_stretch, даже если лежат на разных участках, — одна река даёт одну строку там, где она идёт вдоль границы, а не по строке на участок (n_changes — число смен; BORDER_TOLERANCE = 0 сохраняет каждую смену). Участок помещается в точку его первой смены, как в tailings:downstreamimpact; участок, который возвращается на исходную сторону, всё равно переносит излив к соседу и указывается как выход в его сторону. Пересечения разных рек никогда не объединяются.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="174" />
      <source>&lt;b&gt;Assumptions&lt;/b&gt;: every page states the run's scenario, velocity, corridor, snap distance, dispersion method and interval under the disclaimer (or in a template label with the id 'assumptions'): the text you give, else the 'assumptions' field of the facility rows, the layers' metadata, or what the pathways and exposed settlements show. The consequence class is labelled as the people inside the runout zone and shown beside the downstream exposure. PDF files carry a title, subject, author and keywords.</source>
      <translation>&lt;b&gt;Допущения&lt;/b&gt;: на каждой странице под оговоркой (или в подписи шаблона с id 'assumptions') указаны сценарий, скорость, коридор, расстояние привязки, метод расчёта дисперсии и интервал: заданный вами текст, иначе поле 'assumptions' объектов, метаданные слоёв или то, что показывают пути и населённые пункты под угрозой. Класс последствий подписан как население в зоне распространения хвостов и показан рядом с подверженностью ниже по течению. В PDF-файлах заданы название, тема, автор и ключевые слова.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="183" />
      <source>&lt;b&gt;Context&lt;/b&gt;: region (oblast) boundaries and names from the bundled sample, the capital and the regional centres always labelled, and relief shaded from the DEM you give (else from the bundled 5′ regional DEM, about 9 km cells: a backdrop, not terrain detail).</source>
      <translation>&lt;b&gt;Контекст&lt;/b&gt;: границы и названия областей из встроенного образца, столица и областные центры подписываются всегда, рельеф — отмывка заданной вами ЦМР (иначе встроенной региональной ЦМР 5′ с ячейками около 9 км: фон, а не детали рельефа).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="212" />
      <source>&lt;b&gt;Language&lt;/b&gt;: headings, column names and notes are written in the chosen language, whatever the language of QGIS. Exposed settlements are named in that language when the settlement layer (default: the bundled sample) has a field for it (name_ru, name_kk, or the field you give), matched by name and position, else by their original name.</source>
      <translation>&lt;b&gt;Язык&lt;/b&gt;: заголовки, названия столбцов и примечания записываются на выбранном языке независимо от языка интерфейса QGIS. Затрагиваемые населённые пункты называются на этом языке, если в слое населённых пунктов (по умолчанию: прилагаемые демонстрационные данные) есть соответствующее поле (name_ru, name_kk или указанное вами поле); сопоставление выполняется по названию и положению, иначе сохраняется исходное название.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="166" />
      <source>&lt;b&gt;Language&lt;/b&gt;: the texts the plugin writes on the page (captions, table headings, legend, time marks, disclaimer) are in the chosen language, whatever the language of QGIS; a text of your own template is translated only when it is one of the plugin's texts. Settlements are named in that language when the settlement layer has a field for it (name_ru, name_kk, or the field you give), else by their original name.</source>
      <translation>&lt;b&gt;Язык&lt;/b&gt;: тексты, которые модуль размещает на листе (подписи, заголовки таблиц, условные обозначения, отметки времени, оговорка), выводятся на выбранном языке независимо от языка QGIS; текст вашего собственного шаблона переводится, только если он совпадает с одним из текстов модуля. Населённые пункты называются на этом языке, если в слое населённых пунктов есть соответствующее поле (name_ru, name_kk или указанное вами поле), иначе — по исходному названию.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Order and parameters&lt;/b&gt;: facilities are ordered by risk (earliest arrival at a national border, then population reached within 24 h, then hazard index); the summary links to each facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, corridor, snap distance, dispersion method and interval: the text you give, what the analysis recorded (the 'assumptions' field, layer metadata), else what the outputs show. The consequence class counts the people inside the runout zone and is shown beside the downstream exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, concentrations to 3 significant figures).&lt;br&gt;&lt;b&gt;Images&lt;/b&gt;: written as JPEG files into a folder next to the HTML file (&lt;i&gt;name&lt;/i&gt;_files), which keeps the report small; tick 'Embed the images' for one self-contained file.</source>
      <translation type="obsolete">&lt;b&gt;Порядок и параметры&lt;/b&gt;: объекты упорядочены по риску (сначала самый ранний приход к государственной границе, затем население, до которого волна доходит за 24 ч, затем индекс опасности); сводка ссылается на раздел каждого объекта. Раздел «Параметры расчёта и допущения» указывает сценарий, скорость, коридор, расстояние привязки, метод расчёта дисперсии и интервал: заданный вами текст, записанное анализом (поле 'assumptions', метаданные слоя), иначе то, что показывают результаты. Класс последствий учитывает население в зоне распространения хвостов и показан рядом с подверженностью ниже по течению. Числа в CSV и XLSX округлены (км и часы до 0,1, люди до целых, концентрации до 3 значащих цифр).&lt;br&gt;&lt;b&gt;Изображения&lt;/b&gt;: записываются как файлы JPEG в папку рядом с HTML-файлом (&lt;i&gt;имя&lt;/i&gt;_files), что делает отчёт небольшим; отметьте «Встроить изображения», чтобы получить один самодостаточный файл.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="196" />
      <source>&lt;b&gt;Order and parameters&lt;/b&gt;: facilities are ordered by risk (earliest arrival at a national border, then population reached within 24 h, then hazard index); the summary links to each facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, corridor, snap distance, dispersion method and interval: the text you give, what the analysis recorded (the 'assumptions' field, layer metadata), else what the outputs show. The consequence class counts the people inside the runout zone and is shown beside the downstream exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, concentrations to 3 significant figures).&lt;br&gt;&lt;b&gt;Images&lt;/b&gt;: written as JPEG files into a folder next to the HTML file (&lt;i&gt;name&lt;/i&gt;_files), which keeps the report small; tick 'Embed the images' for one self-contained file. Each facility's section shows its downstream profile (distance along the pathway against arrival and peak time, settlements sized by population, border crossings, 6/24/72 h marks, peak concentration with its band when a mass was given) as a PNG beside the map, when the pathways are given.</source>
      <translation>&lt;b&gt;Порядок и параметры&lt;/b&gt;: объекты упорядочены по риску (сначала наименьшее время добегания до государственной границы, затем население, до которого волна доходит за 24 ч, затем индекс опасности); сводка ссылается на раздел каждого объекта. Раздел «Параметры расчёта и допущения» указывает сценарий, скорость, коридор, расстояние привязки, метод расчёта дисперсии и интервал: заданный вами текст, записанное анализом (поле 'assumptions', метаданные слоя), иначе то, что показывают результаты. Класс последствий учитывает население в зоне распространения хвостов и показан рядом с подверженностью ниже по течению. Числа в CSV и XLSX округлены (км и часы до 0,1, люди до целых, концентрации до 3 значащих цифр).&lt;br&gt;&lt;b&gt;Изображения&lt;/b&gt;: записываются как файлы JPEG в папку рядом с HTML-файлом (&lt;i&gt;имя&lt;/i&gt;_files), что делает отчёт небольшим; отметьте «Встроить изображения», чтобы получить один самодостаточный файл. В разделе каждого объекта показан его профиль вниз по течению (расстояние вдоль пути против времени прихода и пика, населённые пункты по размеру населения, пересечения границ, отметки 6/24/72 ч, пиковая концентрация с разбросом, если задана масса) — PNG рядом с картой, если заданы пути.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="126" />
      <source>&lt;br&gt;EXPOSED, CROSSINGS and SUMMARY are optional outputs (created by default in the dialog). SUMMARY flags: facilities processed despite a plausibility problem (empty_id, outside_crs_area, implausible_volume, implausible_mass: treated as missing; codes joined by ';').</source>
      <translation>&lt;br&gt;EXPOSED, CROSSINGS и SUMMARY — необязательные результаты (в диалоге создаются по умолчанию). Поле flags в SUMMARY: объекты, обработанные несмотря на проблему правдоподобия (empty_id, outside_crs_area, implausible_volume, implausible_mass: значение считается отсутствующим; коды через «;»).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="60" />
      <source>&lt;br&gt;end_reason network_end: the trace stopped where the river data stops (a reach whose downstream id points to no reach, or an end at the edge of the data away from the coast), not at a true outlet. SUMMARY flags: facilities processed despite a plausibility problem (empty_id, outside_crs_area; codes joined by ';').</source>
      <translation>&lt;br&gt;end_reason network_end: трасса остановилась там, где кончаются данные о реках (участок, чей идентификатор нижележащего участка не указывает ни на один участок, или конец у края данных вдали от побережья), а не в настоящем устье. Поле flags в SUMMARY: объекты, обработанные несмотря на проблему правдоподобия (empty_id, outside_crs_area; коды через «;»).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="58" />
      <source>&gt; 1 million</source>
      <translation>&gt; 1 млн</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="49" />
      <source>&gt; 7 days</source>
      <translation>&gt; 7 суток</translation>
    </message>
    <message>
      <source>A band factor must be 0 (use the data file) or at least 1, found {v:g}.</source>
      <translation type="obsolete">Коэффициент расширения диапазона неопределённости должен быть равен 0 (взять из файла данных) или не меньше 1; получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="201" />
      <source>A band factor must be 0 (use the data file) or at least 1, found {v}.</source>
      <translation>Коэффициент расширения диапазона неопределённости должен быть равен 0 (взять из файла данных) или не меньше 1; получено {v}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="111" />
      <source>A consequence class index must be 0-4, found {v!r}.</source>
      <translation>Индекс класса последствий должен быть от 0 до 4, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="279" />
      <source>A depression or flat larger than {n} cells was met; the path stops there.</source>
      <translation>Встречено понижение или плоский участок размером более {n} ячеек; путь стока на этом обрывается.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/geodesy.py" line="210" />
      <source>A line needs at least two vertices; this one has {n}.</source>
      <translation>Для линии нужны как минимум две вершины; у этой — {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="50" />
      <source>A pathway needs at least two lon/lat vertices.</source>
      <translation>Для пути распространения нужны как минимум две вершины с координатами долготы/широты.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="182" />
      <source>A pathway needs at least two vertices.</source>
      <translation>Для пути распространения нужны как минимум две вершины.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="86" />
      <source>A t quantile needs 0 &lt; p &lt; 1 and dof &gt; 0.</source>
      <translation>Для квантиля t нужны 0 &lt; p &lt; 1 и dof &gt; 0.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/upstream.py" line="354" />
      <source>A time limit needs the hydraulics (velocity) of the network.</source>
      <translation>Для ограничения по времени нужна гидравлика сети (скорость течения).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="347" />
      <source>A user scenario needs both a stored volume and a dam height (or neither).</source>
      <translation>Пользовательский сценарий требует и объёма хранения, и высоты дамбы (или ни того, ни другого).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>A3 landscape</source>
      <translation>A3, альбомная ориентация</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>A4 landscape</source>
      <translation>A4, альбомная ориентация</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="267" />
      <source>Add the downstream profile chart to each facility (needs the pathways)</source>
      <translation>Добавить к каждому объекту график профиля вниз по течению (нужны пути)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="195" />
      <source>Added to the project: {layers}.</source>
      <translation>Добавлено в проект: {layers}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="19" />
      <source>Afghanistan</source>
      <translation>Афганистан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="186" />
      <source>All facilities in one sortable, filterable table</source>
      <translation>Все объекты в одной таблице с сортировкой и фильтром</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="402" />
      <source>Along river, km</source>
      <translation>По реке, км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="258" />
      <source>Also map facilities without a pathway</source>
      <translation>Строить карты и для объектов без пути распространения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="128" />
      <source>An analysis is already running; wait for it or cancel it.</source>
      <translation>Анализ уже выполняется; дождитесь его завершения или отмените его.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="49" />
      <source>Area</source>
      <translation>Площадь</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="50" />
      <source>Area (ha)</source>
      <translation>Площадь (га)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="20" />
      <source>Armenia</source>
      <translation>Армения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="425" />
      <source>Arrival</source>
      <translation>Время добегания</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="55" />
      <source>Arrival (days)</source>
      <translation>Время добегания (сут)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="54" />
      <source>Arrival (h)</source>
      <translation>Время добегания (ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="41" />
      <source>Arrival at the border (h)</source>
      <translation>Время добегания до границы (ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="403" />
      <source>Arrival, h</source>
      <translation>Время добегания, ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="99" />
      <source>Asset type</source>
      <translation>Тип объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="108" />
      <source>Assumed slope used</source>
      <translation>Использован принятый уклон</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="279" />
      <source>Assumed slope where unknown (m/m; 0 = none: no concentration without slope)</source>
      <translation>Принятый уклон, если он неизвестен (м/м; 0 = не принимать: без уклона концентрация не рассчитывается)</translation>
    </message>
    <message>
      <source>Assumptions</source>
      <translation type="obsolete">Допущения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="110" />
      <source>Assumptions of the run</source>
      <translation>Допущения расчёта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="267" />
      <source>Assumptions: see the parameters.</source>
      <translation>Допущения: см. параметры.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="267" />
      <source>Assumptions: {text}</source>
      <translation>Допущения: {text}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="21" />
      <source>Azerbaijan</source>
      <translation>Азербайджан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="45" />
      <source>Bifurcations</source>
      <translation>Бифуркации</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="37" />
      <source>Border</source>
      <translation>Граница</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="94" />
      <source>Border crossing</source>
      <translation>Пересечение границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="148" />
      <source>Border crossing (arrival)</source>
      <translation>Пересечение границы (время добегания)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="69" />
      <source>Border crossings</source>
      <translation>Пересечения государственной границы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="223" />
      <source>Border crossings (CROSSINGS)</source>
      <translation>Пересечения государственной границы (CROSSINGS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="78" />
      <source>Border crossings (tailings:borderwatch SUMMARY)</source>
      <translation>Пересечения границы (SUMMARY tailings:borderwatch)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="566" />
      <source>Border crossings not computed: give the CROSSINGS output of tailings:downstreamimpact.</source>
      <translation>Пересечения границы не рассчитаны: укажите выход CROSSINGS алгоритма tailings:downstreamimpact.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="96" />
      <source>Border crossings: facilities upstream and arrival times</source>
      <translation>Пересечения границы: объекты выше по течению и время добегания</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="173" />
      <source>Border stretch tolerance (km)</source>
      <translation>Допуск для участков реки вдоль границы (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="140" />
      <source>Border watch (crossing × facility)</source>
      <translation>Контроль границы (пересечение × объект)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="80" />
      <source>Border watch (facilities that reach each border crossing of a river)</source>
      <translation>Контроль границы (объекты, излив из которых достигает каждого пересечения рекой государственной границы)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="126" />
      <source>Both</source>
      <translation>Оба</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="108" />
      <source>Building the river network...</source>
      <translation>Построение речной сети...</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="59" />
      <source>Builds the river network as Trace downstream pathways would and writes one point per finding: gaps closed by the node tolerance (joined_by_tolerance), tributaries joined mid-line, reaches starting on another reach (not linked), dangling ends (reaches ending without a downstream reach outside any lake), reaches ending in a terminal lake, cycles (reaches flowing into each other), bifurcations (two or more downstream reaches), downstream ids that do not exist, and empty, zero-length or invalid lines. Counts, and the number of separate drainage systems (disconnected parts), are written to the log and returned as outputs.</source>
      <translation>Строит речную сеть так же, как алгоритм «Трассировка путей распространения ниже по течению», и записывает по одной точке на каждую находку: разрывы, закрытые допуском узлов (joined_by_tolerance), притоки, примыкающие к середине линии, участки, начинающиеся на другом участке (не связаны), висячие концы (участки, заканчивающиеся без нижележащего участка вне какого-либо озера), участки, заканчивающиеся в бессточном озере, циклы (участки, впадающие друг в друга), бифуркации (два и более нижележащих участка), несуществующие идентификаторы нижележащих участков, а также пустые, нулевой длины или некорректные линии. Количества находок и число обособленных речных систем (несвязанных частей сети) записываются в журнал и возвращаются как выходные значения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="187" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/common.py" line="110" />
      <source>Cancelled by the user.</source>
      <translation>Отменено пользователем.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="176" />
      <source>Cancelled by the user: no output was written.</source>
      <translation>Отменено пользователем: результаты не записаны.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="78" />
      <source>Cannot connect to the database {db}: {reason}</source>
      <translation>Не удаётся подключиться к базе данных {db}: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="78" />
      <source>Cannot open the DEM {path}: {err}</source>
      <translation>Не удаётся открыть ЦМР {path}: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="233" />
      <source>Cannot open the algorithm dialog: {error}</source>
      <translation>Не удаётся открыть диалог алгоритма: {error}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="142" />
      <source>Cannot open the river mask {path}: {err}</source>
      <translation>Не удаётся открыть маску рек {path}: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="187" />
      <source>Cannot read the DEM {path} (rows {r0}-{r1}, columns {c0}-{c1}): the file is damaged or truncated ({err}). Download or export it again.</source>
      <translation>Не удаётся прочитать ЦМР {path} (строки {r0}–{r1}, столбцы {c0}–{c1}): файл повреждён или обрезан ({err}). Скачайте или экспортируйте его заново.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="408" />
      <source>Cannot rename the layer {old} to {layer} in {path}.</source>
      <translation>Не удаётся переименовать слой {old} в {layer} в файле {path}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="388" />
      <source>Cannot update the GeoPackage {path}: it cannot be opened for writing.</source>
      <translation>Не удаётся обновить GeoPackage {path}: его нельзя открыть для записи.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="289" />
      <source>Cannot write in the folder {folder}: {err}</source>
      <translation>Не удаётся записать в папку {folder}: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="365" />
      <source>Cannot write the CSV file {path}: {err}</source>
      <translation>Не удаётся записать файл CSV {path}: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="302" />
      <source>Cannot write the HTML file {path}: {err}</source>
      <translation>Не удаётся записать файл HTML {path}: {err}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="414" />
      <source>Cannot write the XLSX file {path}: {err}</source>
      <translation>Не удаётся записать файл XLSX {path}: {err}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="399" />
      <source>Cannot write the layer {layer} into {path}.</source>
      <translation>Не удаётся записать слой {layer} в {path}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="51" />
      <source>Capacity: log10 of the stored volume (m3)</source>
      <translation>Объём хранения: log10 объёма складированных хвостов (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="135" />
      <source>Central estimate (runout_km)</source>
      <translation>Центральная оценка (runout_km)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="56" />
      <source>Check river network</source>
      <translation>Проверка речной сети</translation>
    </message>
    <message>
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.</source>
      <translation type="obsolete">Проверяет слой хвостохранилищ пообъектно и записывает таблицу выявленных проблем (объект, поле, степень важности, сообщение). Входной слой не изменяется.&lt;br&gt;Проверяется: наличие и корректность геометрии; наличие системы координат; уникальность и заполненность идентификаторов объектов; наличие обязательных полей (facility_id, name); числовой формат и правдоподобность значений (высота дамбы 0,5–350 м, объём складированных хвостов 1–10¹⁰ м³, площадь 0,01–50 000 га, класс опасности для воды 1–3); даты обследований не в будущем; статус и тип дамбы из списка известных значений.&lt;br&gt;Слои с другими именами полей можно проверить, указав поле, в котором хранится каждое значение. Об отсутствующих полях сообщается один раз, а не для каждого объекта.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="53" />
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.&lt;br&gt;VOLUME_UNIT: the unit of the stored volume field (m³, thousand m³ or million m³), converted to m³ before the checks; a warning when the values look like another unit.</source>
      <translation>Проверяет слой хвостохранилищ пообъектно и записывает таблицу выявленных проблем (объект, поле, степень важности, сообщение). Входной слой не изменяется.&lt;br&gt;Проверяется: наличие и корректность геометрии; наличие системы координат; уникальность и заполненность идентификаторов объектов; наличие обязательных полей (facility_id, name); числовой формат и правдоподобность значений (высота дамбы 0,5–350 м, объём складированных хвостов 1–10¹⁰ м³, площадь 0,01–50 000 га, класс опасности для воды 1–3); даты обследований не в будущем; статус и тип дамбы из списка известных значений.&lt;br&gt;Слои с другими именами полей можно проверить, указав поле, в котором хранится каждое значение. Об отсутствующих полях сообщается один раз, а не для каждого объекта.&lt;br&gt;VOLUME_UNIT: единица поля объёма хранения (м³, тыс. м³ или млн м³); перед проверками значения пересчитываются в м³, а если они похожи на другую единицу, выдаётся предупреждение.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="12" />
      <source>China</source>
      <translation>Китай</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="121" />
      <source>Choose a CRS with an EPSG code (for example EPSG:4326).</source>
      <translation>Выберите систему координат с кодом EPSG (например, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="280" />
      <source>Choose a country polygon layer (COUNTRIES).</source>
      <translation>Выберите полигональный слой стран (COUNTRIES).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="303" />
      <source>Choose a facility layer in the panel first.</source>
      <translation>Сначала выберите слой хвостохранилищ на панели.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="108" />
      <source>Choose a facility layer to see each facility's record.</source>
      <translation>Выберите слой хвостохранилищ, чтобы просматривать карточку каждого объекта.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="169" />
      <source>Choose a settlement or an intake (type to search)</source>
      <translation>Выберите населённый пункт или водозабор (введите название для поиска)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="307" />
      <source>Choose a settlement or an intake first.</source>
      <translation>Сначала выберите населённый пункт или водозабор.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="493" />
      <source>Choose the population field of the settlements layer (there is no 'population' field).</source>
      <translation>Выберите поле численности населения в слое населённых пунктов (поля 'population' нет).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="174" />
      <source>Click a settlement or an intake on the map</source>
      <translation>Щёлкните населённый пункт или водозабор на карте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="265" />
      <source>Column geom is not a PostGIS geometry column with an SRID.</source>
      <translation>Столбец geom не является геометрическим столбцом PostGIS с SRID.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="254" />
      <source>Column {c} is of type {have}, the registry needs {wanted}: convert or rename it.</source>
      <translation>Столбец {c} имеет тип {have}, а реестру нужен {wanted}: преобразуйте или переименуйте его.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="45" />
      <source>Commodity</source>
      <translation>Полезное ископаемое</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="185" />
      <source>Compare</source>
      <translation>Сравнить</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="212" />
      <source>Compare facilities</source>
      <translation>Сравнение объектов</translation>
    </message>
    <message>
      <source>Consequence class</source>
      <translation type="obsolete">Класс последствий</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="421" />
      <source>Consequence class (GISTM)</source>
      <translation>Класс последствий (GISTM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="41" />
      <source>Consequence class (people inside the runout zone)</source>
      <translation>Класс последствий (население в зоне распространения хвостов)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="330" />
      <source>Consequence class field (e.g. consequence_class)</source>
      <translation>Поле класса последствий (например, consequence_class)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="261" />
      <source>Constant velocity</source>
      <translation>Постоянная скорость</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="269" />
      <source>Constant velocity (m/s; also overland leg and reaches without value)</source>
      <translation>Постоянная скорость течения (м/с; также для участка по поверхности и участков без значения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="249" />
      <source>Contaminant concentration (mg/L, 0 = none)</source>
      <translation>Концентрация загрязняющего вещества (мг/л, 0 = не задана)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="245" />
      <source>Contaminant concentration field (mg/L)</source>
      <translation>Поле концентрации загрязняющего вещества (мг/л)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="62" />
      <source>Coordinate reference system</source>
      <translation>Система координат</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="67" />
      <source>Copies a facility registry (GeoPackage, shapefile, CSV with coordinates, any point layer) into the shared PostGIS registry made by tailings:createsharedregistry, in one transaction: either every row is imported or none is. Each row is checked with the rules of tailings:validateregistry and then by the database (including facility ids already in the shared registry); every rejected row is listed in the output table with the reason, and nothing is written until they are all fixed.&lt;br&gt;Layers with other field names are read by naming the field that holds each value. &lt;b&gt;Volume unit&lt;/b&gt;: the unit of the stored volume field in the input (m³, thousand m³ or million m³); the registry stores m³. Polygons are stored as a point on their surface; coordinates are transformed to the registry's CRS.</source>
      <translation>Копирует реестр хвостохранилищ (GeoPackage, shapefile, CSV с координатами, любой точечный слой) в общий реестр PostGIS, созданный tailings:createsharedregistry, в одной транзакции: импортируются либо все строки, либо ни одной. Каждая строка проверяется по правилам tailings:validateregistry, затем базой данных (в том числе идентификаторы объектов, которые уже есть в общем реестре); каждая отклонённая строка с причиной попадает в выходную таблицу, и ничего не записывается, пока все они не исправлены.&lt;br&gt;Слои с другими именами полей читаются, если указать поле, в котором хранится каждое значение. &lt;b&gt;Единица объёма&lt;/b&gt;: единица поля объёма складированных хвостов во входном слое (м³, тыс. м³ или млн м³); реестр хранит м³. Полигоны сохраняются как точка на их поверхности; координаты пересчитываются в систему координат реестра.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="263" />
      <source>Copies the shared PostGIS registry to a GeoPackage (or any vector file) for offline work: the registry fields with updated_at, updated_by and row_version, the registry form and style. The shared registry is only read.</source>
      <translation>Копирует общий реестр PostGIS в GeoPackage (или другой векторный файл) для работы без сети: поля реестра с updated_at, updated_by и row_version, форма и стиль реестра. Общий реестр только читается.</translation>
    </message>
    <message>
      <source>Corridor (m from the river)</source>
      <translation type="obsolete">Коридор (м от реки)</translation>
    </message>
    <message>
      <source>Corridor around the pathway for the population at risk (m, each side)</source>
      <translation type="obsolete">Коридор вокруг пути распространения для расчёта населения в зоне риска (м, в каждую сторону)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="219" />
      <source>Corridor each side of the pathway (m)</source>
      <translation>Коридор по обе стороны от пути распространения (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="157" />
      <source>Corridor either side of the river</source>
      <translation>Коридор по обе стороны реки</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/batch_io.py" line="50" />
      <source>Could not write the features of {name}: {error}</source>
      <translation>Не удалось записать данные в {name}: {error}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="20" />
      <source>Countries</source>
      <translation>Страны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="123" />
      <source>Countries (default: bundled sample)</source>
      <translation>Страны (по умолчанию: прилагаемые демонстрационные данные)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="342" />
      <source>Countries (for the countries passed)</source>
      <translation>Страны (для списка пройденных стран)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="37" />
      <source>Countries must be polygons (got {t}).</source>
      <translation>Страны должны быть заданы полигонами (получено: {t}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="58" />
      <source>Countries on the way</source>
      <translation>Страны на пути</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="42" />
      <source>Countries reached</source>
      <translation>Затрагиваемые страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="30" />
      <source>Countries: {n} polygons but {m} names.</source>
      <translation>Страны: полигонов — {n}, а названий — {m}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="55" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="118" />
      <source>Country (code or name)</source>
      <translation>Страна (код или название)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="163" />
      <source>Country name or code field</source>
      <translation>Поле названия или кода страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="52" />
      <source>Country of the facility</source>
      <translation>Страна объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="41" />
      <source>Country polygons are not lon/lat degrees: reproject them to EPSG:4326.</source>
      <translation>Полигоны стран заданы не в градусах долготы/широты: перепроецируйте их в EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="32" />
      <source>Create facility registry</source>
      <translation>Создание реестра хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="52" />
      <source>Create shared registry (PostGIS)</source>
      <translation>Создание общего реестра (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="90" />
      <source>Create the example roles</source>
      <translation>Создать примерные роли</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="92" />
      <source>Created an empty registry with {n} fields. Status values: {s}. Dam types: {d}.</source>
      <translation>Создан пустой реестр (полей: {n}). Значения статуса: {s}. Типы дамб: {d}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="367" />
      <source>Created the shared registry {schema}.{table} (EPSG:{srid}).</source>
      <translation>Создан общий реестр {schema}.{table} (EPSG:{srid}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="212" />
      <source>Created {date}</source>
      <translation>Создано {date}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="43" />
      <source>Creates an empty tailings facility registry (GeoPackage by default) with the plugin's schema, field aliases and an attribute form ready for data entry. Facilities are points (dam or impoundment centre) or polygons (impoundment outline). Fields carry their unit in the name.</source>
      <translation>Создаёт пустой реестр хвостохранилищ (по умолчанию GeoPackage) со схемой полей модуля, псевдонимами полей и формой атрибутов, готовой для ввода данных. Объекты — точки (дамба или центр чаши хвостохранилища) или полигоны (контур чаши). Единица измерения указана в имени поля.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="55" />
      <source>Creates the facility registry in a PostgreSQL database with PostGIS, for a working group that edits one registry together. &lt;b&gt;Database&lt;/b&gt;: the name of a QGIS PostgreSQL connection (the password kept in QGIS's authentication manager), a pg_service.conf service name, or a libpq connection string; never type a password there, it would be saved in the project.&lt;br&gt;The table facilities has the fields of the GeoPackage registry plus updated_at, updated_by (set by the database) and row_version. The hard rules of the registry check are database rules: unique, non-empty facility_id; a name; a valid point; status and dam type among the known values; plausible dam height, volume, area and water hazard class; no inspection date in the future. A refused value comes back with a message naming the facility, the field and the allowed range. Soft rules (values missing for hazard screening, implausibly early inspection dates) are listed by the view facility_warnings.&lt;br&gt;Every insert, update and delete is written by a trigger to facility_history (who, when, the operation, the old and the new row as JSON); editors can read it but not change it.&lt;br&gt;Two editors: each saved edit carries the version of the facility it was made on; when another editor saved the same facility in between, the edit is refused (Stale edit refused…) instead of overwriting. Edits to different facilities never conflict.&lt;br&gt;Running it again on an existing registry adds what is missing (columns, rules, triggers) and never drops or changes data; when existing rows break a rule, or a column has another type, it changes nothing and lists them. &lt;b&gt;Create the example roles&lt;/b&gt; runs resources/sql/roles_example.sql (tailings_reader, tailings_editor_*, tailings_admin; needs the CREATEROLE right).</source>
      <translation>Создаёт реестр хвостохранилищ в базе данных PostgreSQL с PostGIS для рабочей группы, которая ведёт один реестр совместно. &lt;b&gt;База данных&lt;/b&gt;: имя подключения PostgreSQL в QGIS (пароль хранится в менеджере аутентификации QGIS), имя сервиса pg_service.conf или строка подключения libpq; никогда не вводите там пароль — он будет сохранён в проекте.&lt;br&gt;Таблица facilities содержит поля реестра GeoPackage, а также updated_at, updated_by (заполняются базой данных) и row_version. Строгие правила проверки реестра стали правилами базы данных: уникальный непустой facility_id; название; корректная точка; статус и тип дамбы из известных значений; правдоподобные высота дамбы, объём, площадь и класс опасности для воды; дата обследования не в будущем. На отклонённое значение база отвечает сообщением с объектом, полем и допустимым диапазоном. Мягкие правила (значения, которых не хватает для предварительной (скрининговой) оценки опасности, неправдоподобно ранние даты обследования) показывает представление facility_warnings.&lt;br&gt;Каждая вставка, изменение и удаление записывается триггером в facility_history (кто, когда, операция, старая и новая строка в JSON); редакторы могут читать её, но не изменять.&lt;br&gt;Два редактора: каждая сохраняемая правка несёт версию объекта, на которой она сделана; если другой редактор за это время сохранил тот же объект, правка отклоняется (Stale edit refused…), а не перезаписывает его. Правки разных объектов никогда не конфликтуют.&lt;br&gt;Повторный запуск на существующем реестре добавляет недостающее (столбцы, правила, триггеры) и никогда не удаляет и не изменяет данные; если существующие строки нарушают правило или столбец имеет другой тип, ничего не меняется, а они перечисляются. &lt;b&gt;Создать примерные роли&lt;/b&gt; выполняет resources/sql/roles_example.sql (tailings_reader, tailings_editor_*, tailings_admin; нужно право CREATEROLE).</translation>
    </message>
    <message>
      <source>Creates the facility registry in a PostgreSQL database with PostGIS, for a working group that edits one registry together. &lt;b&gt;Database&lt;/b&gt;: the name of a QGIS PostgreSQL connection (the password kept in QGIS's authentication manager), a pg_service.conf service name, or a libpq connection string; never type a password there, it would be saved in the project.&lt;br&gt;The table facilities has the fields of the GeoPackage registry plus updated_at, updated_by (set by the database) and row_version. The hard rules of the registry check are database rules: unique, non-empty facility_id; a name; a valid point; status and dam type among the known values; plausible dam height, volume, area and water hazard class; no inspection date in the future. A refused value comes back with a message naming the facility, the field and the allowed range. Soft rules (values missing for hazard screening, implausibly early inspection dates) are listed by the view facility_warnings.&lt;br&gt;Every insert, update and delete is written by a trigger to facility_history (who, when, the operation, the old and the new row as JSON); editors can read it but not change it.&lt;br&gt;Two editors: each saved edit carries the version of the facility it was made on; when another editor saved the same facility in between, the edit is refused (Stale edit refused…) instead of overwriting. Edits to different facilities never conflict.&lt;br&gt;Running it again on an existing registry adds what is missing (columns, rules, triggers) and never drops or changes data; when existing rows break a rule, or a column has another type, it changes nothing and lists them. &lt;b&gt;Create the example roles&lt;/b&gt; runs resources/sql/roles_example.sql (tailings_reader, tailings_editor_&lt;institution&gt;, tailings_admin; needs the CREATEROLE right).</source>
      <translation type="obsolete">Создаёт реестр хвостохранилищ в базе данных PostgreSQL с PostGIS для рабочей группы, которая ведёт один реестр совместно. &lt;b&gt;База данных&lt;/b&gt;: имя подключения PostgreSQL в QGIS (пароль хранится в менеджере аутентификации QGIS), имя сервиса pg_service.conf или строка подключения libpq; никогда не вводите там пароль — он будет сохранён в проекте.&lt;br&gt;Таблица facilities содержит поля реестра GeoPackage, а также updated_at, updated_by (заполняются базой данных) и row_version. Строгие правила проверки реестра стали правилами базы данных: уникальный непустой facility_id; название; корректная точка; статус и тип дамбы из известных значений; правдоподобные высота дамбы, объём, площадь и класс опасности для воды; дата обследования не в будущем. На отклонённое значение база отвечает сообщением с объектом, полем и допустимым диапазоном. Мягкие правила (значения, которых не хватает для предварительной (скрининговой) оценки опасности, неправдоподобно ранние даты обследования) показывает представление facility_warnings.&lt;br&gt;Каждая вставка, изменение и удаление записывается триггером в facility_history (кто, когда, операция, старая и новая строка в JSON); редакторы могут читать её, но не изменять.&lt;br&gt;Два редактора: каждая сохраняемая правка несёт версию объекта, на которой она сделана; если другой редактор за это время сохранил тот же объект, правка отклоняется (Stale edit refused…), а не перезаписывает его. Правки разных объектов никогда не конфликтуют.&lt;br&gt;Повторный запуск на существующем реестре добавляет недостающее (столбцы, правила, триггеры) и никогда не удаляет и не изменяет данные; если существующие строки нарушают правило или столбец имеет другой тип, ничего не меняется, а они перечисляются. &lt;b&gt;Создать примерные роли&lt;/b&gt; выполняет resources/sql/roles_example.sql (tailings_reader, tailings_editor_&lt;institution&gt;, tailings_admin; нужно право CREATEROLE).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="34" />
      <source>Crossing or receptor</source>
      <translation>Пересечение или объект воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="122" />
      <source>Crossings</source>
      <translation>Пересечения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="83" />
      <source>Crossings or receptors (SUMMARY of tailings:borderwatch or tailings:upstreamsources)</source>
      <translation>Пересечения или объекты воздействия (SUMMARY tailings:borderwatch или tailings:upstreamsources)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="149" />
      <source>Crossings or receptors listed</source>
      <translation>Включено пересечений или объектов воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="116" />
      <source>Crossings to list</source>
      <translation>Какие пересечения включить</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="93" />
      <source>Crossings to map</source>
      <translation>Какие пересечения показать</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="44" />
      <source>Cycles</source>
      <translation>Циклы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>DEM</source>
      <translation>ЦМР</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="72" />
      <source>DEM (elevation, metres)</source>
      <translation>ЦМР (высоты, м)</translation>
    </message>
    <message>
      <source>DEM (flow direction)</source>
      <translation type="obsolete">ЦМР (направление течения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="156" />
      <source>DEM (for the DEM direction)</source>
      <translation>ЦМР (для направления по ЦМР)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="281" />
      <source>DEM for the relief (default: the bundled 5′ regional DEM)</source>
      <translation>ЦМР для рельефа (по умолчанию: встроенная региональная ЦМР 5′)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="47" />
      <source>Dam height</source>
      <translation>Высота дамбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="300" />
      <source>Dam height (dam_height_m)</source>
      <translation>Высота дамбы (dam_height_m)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="48" />
      <source>Dam height (m)</source>
      <translation>Высота дамбы (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="60" />
      <source>Dam height field (m)</source>
      <translation>Поле высоты дамбы (м)</translation>
    </message>
    <message>
      <source>Dam height must be greater than 0 m, found {v:g}.</source>
      <translation type="obsolete">Высота дамбы должна быть больше 0 м, получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="302" />
      <source>Dam height must be greater than 0 m, found {v}.</source>
      <translation>Высота дамбы должна быть больше 0 м, получено {v}.</translation>
    </message>
    <message>
      <source>Dam height {h:g} m is above {hi:g} m: is the height in metres (not feet or cm)?</source>
      <translation type="obsolete">Высота дамбы {h:g} м превышает {hi:g} м: указана ли высота в метрах (а не в футах или сантиметрах)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="313" />
      <source>Dam height {h} m is above {hi} m: is the height in metres (not feet or cm)?</source>
      <translation>Высота дамбы {h} м превышает {hi} м: указана ли высота в метрах (а не в футах или сантиметрах)?</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="63" />
      <source>Dam safety field (good / fair / poor or 0–2)</source>
      <translation>Поле состояния безопасности дамбы (значения: good / fair / poor — хорошее / удовл. / плохое, или 0–2)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="55" />
      <source>Dam safety: condition of the dam</source>
      <translation>Безопасность дамбы: состояние дамбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="47" />
      <source>Dam type (raise method)</source>
      <translation>Тип дамбы (способ наращивания)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="42" />
      <source>Dangling ends</source>
      <translation>Висячие концы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="265" />
      <source>Data sources</source>
      <translation>Источники данных</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="274" />
      <source>Data sources text (empty: the template's)</source>
      <translation>Текст об источниках данных (пусто: из шаблона)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="83" />
      <source>Data: facilities ICMM Global Mining Dataset 2025 (CC BY 4.0); rivers and lakes WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); settlements GeoNames (CC BY 4.0); borders Natural Earth. Pathways, times and concentrations: Tailings downstream-impact plugin.</source>
      <translation>Данные: объекты — ICMM Global Mining Dataset 2025 (CC BY 4.0); реки и озёра — WaterHydro-Kazakhstan (HydroSHEDS, Lehner et al. 2008); населённые пункты — GeoNames (CC BY 4.0); границы — Natural Earth. Пути распространения, время добегания и концентрации: модуль Tailings downstream-impact.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="27" />
      <source>Database (QGIS PostgreSQL connection name, service name or connection string)</source>
      <translation>База данных (имя подключения PostgreSQL в QGIS, имя сервиса или строка подключения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="283" />
      <source>Decay or settling rate (per hour)</source>
      <translation>Коэффициент распада или осаждения (в час)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="73" />
      <source>Deng et al. (2001)</source>
      <translation>Дэн и др. (2001)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>Digitised direction</source>
      <translation>Направление оцифровки</translation>
    </message>
    <message>
      <source>Digitising direction</source>
      <translation type="obsolete">Направление оцифровки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="62" />
      <source>Dilution</source>
      <translation>Кратность разбавления</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="35" />
      <source>Direction</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Direction from a DEM was chosen: choose the DEM.</source>
      <translation type="obsolete">Выбрано направление по ЦМР: выберите ЦМР.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="291" />
      <source>Direction from id fields was chosen: choose the reach id and downstream id fields.</source>
      <translation>Выбрано направление по полям идентификаторов: выберите поля идентификатора участка и нижележащего участка.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="47" />
      <source>Discard the edits that were not saved and show the record as the database holds it now.</source>
      <translation>Отменить несохранённые изменения и показать запись в том виде, в каком она сейчас хранится в базе данных.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="275" />
      <source>Discharge field (m³/s, e.g. DIS_AV_CMS)</source>
      <translation>Поле расхода воды (м³/с, например DIS_AV_CMS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="285" />
      <source>Dispersion coefficient</source>
      <translation>Коэффициент продольной дисперсии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="187" />
      <source>Dispersion method</source>
      <translation>Метод расчёта дисперсии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="42" />
      <source>Distance (km)</source>
      <translation>Расстояние (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="57" />
      <source>Distance along river (km)</source>
      <translation>Расстояние по реке (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="58" />
      <source>Distance from river (m)</source>
      <translation>Расстояние от реки (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="424" />
      <source>Distance, km</source>
      <translation>Расстояние, км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="46" />
      <source>Downstream ids that do not exist</source>
      <translation>Несуществующие идентификаторы нижележащих участков</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="521" />
      <source>Downstream impact</source>
      <translation>Воздействие ниже по течению</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="123" />
      <source>Downstream impact (settlements, arrival, concentration, borders)</source>
      <translation>Воздействие ниже по течению (населённые пункты, время добегания, концентрация, границы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/result_layers.py" line="159" />
      <source>Downstream impact: {name}</source>
      <translation>Воздействие ниже по течению: {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="127" />
      <source>Downstream pathway: travel time</source>
      <translation>Путь распространения ниже по течению: время добегания</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="75" />
      <source>Downstream pathways</source>
      <translation>Пути распространения ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="275" />
      <source>Downstream profile of {name}</source>
      <translation>Профиль вниз по течению: {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="460" />
      <source>Downstream profile: arrival of the leading edge and time of peak along the pathway (overland legs dashed); settlements sized by population, border crossings as vertical lines, the 6, 24 and 72 h marks; peak concentration with the range of the dispersion formulas when a mass was given.</source>
      <translation>Профиль вниз по течению: время добегания фронта и время пика вдоль пути (участки по поверхности — пунктиром); населённые пункты — по размеру населения, пересечения границ — вертикальными линиями, отметки 6, 24 и 72 ч; пиковая концентрация с разбросом по формулам дисперсии, если задана масса.</translation>
    </message>
    <message>
      <source>Downstream reach id field (0 or NULL = outlet)</source>
      <translation type="obsolete">Поле идентификатора нижележащего участка (0 или NULL = устье)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="152" />
      <source>Downstream reach id field (0 or NULL at an outlet)</source>
      <translation>Поле идентификатора нижележащего участка (0 или NULL в устье)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="151" />
      <source>Duplicate facility id '{id}' (also feature {other}).</source>
      <translation>Повторяющийся идентификатор объекта «{id}» (также у объекта {other}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="453" />
      <source>Duplicate facility id '{id}' (also row {other}).</source>
      <translation>Повторяющийся идентификатор объекта '{id}' (также строка {other}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="283" />
      <source>Duplicate facility ids: {ids}.</source>
      <translation>Повторяющиеся идентификаторы объектов: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="326" />
      <source>EPSG:{srid} is not known to PostGIS (spatial_ref_sys).</source>
      <translation>EPSG:{srid} неизвестен PostGIS (spatial_ref_sys).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="44" />
      <source>Earliest arrival (days)</source>
      <translation>Наименьшее время добегания, сут</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="43" />
      <source>Earliest arrival (h)</source>
      <translation>Наименьшее время добегания, ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="275" />
      <source>Editing started on {layer}: save or discard the edits as usual.</source>
      <translation>Начато редактирование слоя {layer}: сохраните или отмените изменения обычным способом.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="274" />
      <source>Embed the images in the HTML file (one self-contained, larger file)</source>
      <translation>Встроить изображения в HTML-файл (один самодостаточный файл большего размера)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="175" />
      <source>Empty geometry: the facility cannot be placed on the map.</source>
      <translation>Пустая геометрия: объект невозможно нанести на карту.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="47" />
      <source>Empty, zero-length or invalid lines</source>
      <translation>Пустые, нулевой длины или некорректные линии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="560" />
      <source>End of the trace</source>
      <translation>Конец прослеженного пути</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="503" />
      <source>Enters {country} after {time}, {km} downstream.</source>
      <translation>Достигает страны «{country}» через {time}, в {km} ниже по течению.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="217" />
      <source>Every figure of this report depends on these assumptions.</source>
      <translation>Каждая цифра этого отчёта зависит от этих допущений.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="246" />
      <source>Export CSV…</source>
      <translation>Экспорт в CSV…</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="56" />
      <source>Export border-crossing maps (atlas)</source>
      <translation>Экспорт карт пересечений границы (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="133" />
      <source>Export impact maps (atlas)</source>
      <translation>Экспорт карт воздействия (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="57" />
      <source>Export notification plan (border crossings or receptors; HTML, CSV)</source>
      <translation>Экспорт плана оповещения (пересечения границы или объекты воздействия; HTML, CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="22" />
      <source>Export receptor maps (atlas)</source>
      <translation>Экспорт карт объектов воздействия (атлас)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="260" />
      <source>Export shared registry to a file</source>
      <translation>Экспорт общего реестра в файл</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="174" />
      <source>Export summary report (HTML, XLSX, CSV)</source>
      <translation>Экспорт сводного отчёта (HTML, XLSX, CSV)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="208" />
      <source>Export the impact map page of this facility</source>
      <translation>Экспортировать лист карты воздействия для этого объекта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="303" />
      <source>Exported {n} facilities.</source>
      <translation>Экспортировано объектов: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="146" />
      <source>Exposed settlement</source>
      <translation>Населённый пункт в зоне воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="329" />
      <source>Exposed settlement rows</source>
      <translation>Строк затрагиваемых населённых пунктов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="502" />
      <source>Exposed settlements</source>
      <translation>Затрагиваемые населённые пункты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="218" />
      <source>Exposed settlements (EXPOSED)</source>
      <translation>Затрагиваемые населённые пункты (EXPOSED)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="183" />
      <source>Exposed settlements and receptors</source>
      <translation>Затрагиваемые населённые пункты и объекты воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="40" />
      <source>Exposed settlements, downstream order</source>
      <translation>Затрагиваемые населённые пункты вниз по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="562" />
      <source>Exposure not computed: give the EXPOSED output of tailings:downstreamimpact.</source>
      <translation>Воздействие не рассчитано: укажите выход EXPOSED алгоритма tailings:downstreamimpact.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="37" />
      <source>Extreme</source>
      <translation>Чрезвычайный</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="244" />
      <source>Facilities</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="111" />
      <source>Facilities arriving within {h} h: {n} (of {total})</source>
      <translation>Объектов с добеганием до {h} ч: {n} (всего {total})</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="328" />
      <source>Facilities in the report</source>
      <translation>Объектов в отчёте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="38" />
      <source>Facilities upstream</source>
      <translation>Объектов выше по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="131" />
      <source>Facilities upstream of a settlement or an intake</source>
      <translation>Объекты выше по течению от населённого пункта или водозабора</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="193" />
      <source>Facilities upstream of each receptor</source>
      <translation>Объекты выше по течению от каждого объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="166" />
      <source>Facilities upstream of {receptor}</source>
      <translation>Объекты выше по течению от пункта {receptor}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="429" />
      <source>Facilities upstream of {receptor}: {n}. Earliest: {name} ({id}), {km} km, after {time}.</source>
      <translation>Объектов выше по течению от пункта {receptor}: {n}. Раньше всех: {name} ({id}), {km} км, через {time}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="95" />
      <source>Facilities upstream, by arrival at the border</source>
      <translation>Объекты выше по течению, по времени добегания до границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="42" />
      <source>Facilities upstream, by arrival at the receptor</source>
      <translation>Объекты выше по течению, по времени добегания до объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="96" />
      <source>Facilities within</source>
      <translation>Объекты в пределах</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="51" />
      <source>Facility</source>
      <translation>Объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="39" />
      <source>Facility ID</source>
      <translation>ID объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="50" />
      <source>Facility id</source>
      <translation>ID объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="486" />
      <source>Facility id '{id}' is already in the shared registry.</source>
      <translation>Идентификатор объекта '{id}' уже есть в общем реестре.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="198" />
      <source>Facility id field</source>
      <translation>Поле идентификатора объекта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="70" />
      <source>Facility layer</source>
      <translation>Слой хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="84" />
      <source>Facility layer to import</source>
      <translation>Импортируемый слой объектов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="116" />
      <source>Facility name field</source>
      <translation>Поле названия объекта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="68" />
      <source>Facility registry</source>
      <translation>Реестр хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="150" />
      <source>Facility rows listed</source>
      <translation>Включено строк объектов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="92" />
      <source>Facility stretches (OUTPUT of the same run)</source>
      <translation>Участки от объектов (OUTPUT того же расчёта)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="85" />
      <source>Facility to crossing stretches (tailings:borderwatch OUTPUT)</source>
      <translation>Участки от объектов до пересечений (OUTPUT tailings:borderwatch)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="52" />
      <source>Facility to receptor stretches (tailings:upstreamsources OUTPUT)</source>
      <translation>Участки от объектов до объектов воздействия (OUTPUT tailings:upstreamsources)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="70" />
      <source>Facility to the river</source>
      <translation>Расстояние от объекта до реки</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="381" />
      <source>Facility {fid} has no geometry.</source>
      <translation>Объект {fid} не имеет геометрии.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="79" />
      <source>Facility {fid} has no geometry: skipped.</source>
      <translation>Объект {fid} не имеет геометрии: пропущен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="443" />
      <source>Facility {fid}: no runout estimate: {msg}</source>
      <translation>Объект {fid}: нет оценки дальности распространения хвостов: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="219" />
      <source>Facility {fid}: {msg}</source>
      <translation>Объект {fid}: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="197" />
      <source>Facility {id} has impossible coordinates ({reason}): check the layer's CRS.</source>
      <translation>У объекта {id} невозможные координаты ({reason}): проверьте систему координат слоя.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="207" />
      <source>Facility {id} has {n} parts: one facility must be one point or polygon (split it with Vector ▸ Geometry Tools ▸ Multipart to Singleparts and give each part its own id).</source>
      <translation>Объект {id} состоит из нескольких частей (частей: {n}): один объект должен быть одной точкой или одним полигоном (разделите его инструментом «Вектор ▸ Геометрия ▸ Составные в простые» и дайте каждой части свой идентификатор).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="93" />
      <source>Facility, with the arrival at the border</source>
      <translation>Объект и время добегания до границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="40" />
      <source>Facility, with the arrival at the receptor</source>
      <translation>Объект и время добегания до объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="105" />
      <source>Field '{f}' is missing from the layer.</source>
      <translation>В слое отсутствует поле «{f}».</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="154" />
      <source>Fields that are not registry fields are not copied: {names}.</source>
      <translation>Поля, которых нет в реестре, не копируются: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="336" />
      <source>Fields used: {used}.</source>
      <translation>Используемые поля: {used}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="430" />
      <source>Files written (separated by ';')</source>
      <translation>Записанные файлы (через ';')</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="178" />
      <source>Find facilities upstream</source>
      <translation>Найти объекты выше по течению</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="209" />
      <source>Finding where the rivers cross the borders...</source>
      <translation>Поиск мест пересечения реками государственных границ...</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="161" />
      <source>Findings: {c}.</source>
      <translation>Обнаружено: {c}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="45" />
      <source>First border</source>
      <translation>Первая граница</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="46" />
      <source>First border (km)</source>
      <translation>Первая граница (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="47" />
      <source>First border arrival (h)</source>
      <translation>Время добегания до первой границы (ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="557" />
      <source>First border crossing</source>
      <translation>Первое пересечение границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="41" />
      <source>First facility</source>
      <translation>Первый объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="253" />
      <source>First: {name}, {km} km, after {h} h ({d} days).</source>
      <translation>Первым доходит {name}: {km} км, через {h} ч ({d} сут).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="71" />
      <source>Fischer (1975)</source>
      <translation>Фишер (1975)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="119" />
      <source>Flood depth raster, 100-year (m)</source>
      <translation>Растр глубины затопления при паводке 1% обеспеченности (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="66" />
      <source>Flood hazard field (none / low / medium / high or 100-year depth m)</source>
      <translation>Поле опасности затопления (значения: none / low / medium / high — нет / низкая / средняя / высокая, или глубина при паводке 1% обеспеченности, м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="145" />
      <source>Flow direction from</source>
      <translation>Источник направления течения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="154" />
      <source>Flow paths traced by the compiled engine (numba); its first run on a computer compiles it once (10 to 30 s).</source>
      <translation>Пути стока рассчитаны компилируемым модулем (numba); при первом запуске на компьютере он однократно компилируется (10–30 с).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="161" />
      <source>Flow paths traced in Python; install numba (Debian/Ubuntu: python3-numba) for a run about ten times faster with the same paths.</source>
      <translation>Пути стока рассчитаны на Python; установите numba (Debian/Ubuntu: python3-numba), чтобы расчёт шёл примерно в десять раз быстрее с теми же путями.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="253" />
      <source>Folder of map images (facility_id.png) to embed</source>
      <translation>Папка с изображениями карт (facility_id.png) для встраивания</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="47" />
      <source>Follows the terrain from each facility down to the first river reach, instead of a straight line to the nearest reach (which can pick a river on the other side of a ridge).&lt;br&gt;Method: steepest descent over the 8 neighbours (D8, O'Callaghan &amp; Mark 1984) on a DEM whose depressions and flats are filled on demand by priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); a path never stops in a pit or wanders on a flat. Geographic DEMs use true cell sizes at each latitude; lengths are geodesic (WGS 84). Only the parts of the DEM the paths need are read, so large DEMs are fine.&lt;br&gt;A path ends on the first river cell (RIVERS, within the tolerance), at the DEM edge, at nodata, at the maximum length, or in a closed depression deeper than the maximum fill depth.&lt;br&gt;OUTPUT: one line per facility (WGS 84): facility_id, length_m, drop_m (start minus end elevation), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (filled on the way), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: where each path meets a river (the nearest point of the reach): facility_id, river_fid (feature id in RIVERS), length_m, river_offset_m.</source>
      <translation>Прослеживает путь по рельефу от каждого объекта вниз до первого участка реки — вместо прямой линии до ближайшего участка (которая может указать на реку по другую сторону водораздела).&lt;br&gt;Метод: наискорейший спуск по 8 соседним ячейкам (D8, O'Callaghan &amp; Mark 1984) по ЦМР, понижения и плоские участки которой по мере необходимости заполняются методом priority-flood (Barnes, Lehman &amp; Mulla 2014, Computers &amp; Geosciences 62:117-127); путь никогда не останавливается в бессточной впадине и не блуждает по плоскому участку. Для ЦМР в географических координатах используются фактические размеры ячеек на каждой широте; длины геодезические (WGS 84). Считываются только те части ЦМР, которые нужны для путей, поэтому можно использовать и большие ЦМР.&lt;br&gt;Путь заканчивается на первой речной ячейке (RIVERS, в пределах допуска), на краю ЦМР, на ячейке без данных (nodata), при достижении максимальной длины или в замкнутом понижении глубже максимальной глубины заполнения.&lt;br&gt;OUTPUT: одна линия на объект (WGS 84): facility_id, length_m, drop_m (отметка начала минус отметка конца), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, depressions (понижения, заполненные по пути), max_fill_m, river_offset_m.&lt;br&gt;RIVER_POINTS: место, где каждый путь достигает реки (ближайшая точка участка): facility_id, river_fid (идентификатор объекта в RIVERS), length_m, river_offset_m.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="228" />
      <source>For each crossing, the facilities whose release reaches it, in order of arrival: whom to notify, and how soon (UNECE Convention on the Transboundary Effects of Industrial Accidents, 1992).</source>
      <translation>Для каждого пересечения — объекты, излив с которых до него доходит, в порядке добегания: кого оповещать и как скоро (Конвенция ЕЭК ООН о трансграничном воздействии промышленных аварий, 1992).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="31" />
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. A vertex in a gap between polygons (a sea or lake left out of the country layer) takes the last country the pathway was in; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation>Для каждого хвостохранилища: прослеживает излив вниз по течению (как tailings:tracedownstream), перечисляет населённые пункты и объекты воздействия в пределах коридора в порядке вниз по течению с расстоянием вдоль реки (dist_km), расстоянием от реки (offset_m), временем прихода переднего фронта (arrival_h), временем наступления пика (peak_h) и пиковой концентрацией (peak_conc_mg_l), находит места пересечения государственной границы путём распространения (Конвенция ЕЭК ООН о трансграничном воздействии промышленных аварий: страна выше по течению уведомляет страну ниже по течению) и составляет сводку по каждому объекту.&lt;br&gt;&lt;br&gt;&lt;b&gt;Время добегания&lt;/b&gt;: tau = сумма отношений длины отрезка к скорости течения. Скорость течения задаётся константой (м/с), полем участка или рассчитывается по расходу воды Q участка через гидравлическую геометрию створа (в форме Leopold &amp;amp; Maddock 1953: U = a·Q^b, глубина h = c·Q^f, по умолчанию a=0.194, b=0.285, c=0.409, f=0.294 по Raymond et al. 2012); ширина W = Q/(U·h). Для участка по поверхности и участков без значения используется постоянная скорость (с предупреждением).&lt;br&gt;&lt;b&gt;Концентрация&lt;/b&gt;: мгновенный излив, полностью перемешанный по сечению, одномерная модель адвекции–дисперсии (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Вдоль реки с изменяющимися U, Q и K облако загрязнения в каждом створе имеет во времени гауссову форму с дисперсией σ² = Σ 2·K·L/U³ и пиком M/(Q·√(2πσ²)): разбавление по мере роста расхода (разбавление = Q в данном месте / Q в месте поступления излива в реку). K — по Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) или Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l показывают разброс по всем четырём формулам. Для u* = √(g·h·S) нужен уклон S: из поля уклона или принятый уклон (по умолчанию 0.0001, выдаётся предупреждение, что он принят; 0 = без поля уклона концентрация не рассчитывается). Без расхода воды или массы peak_conc_mg_l равно NULL. &lt;b&gt;mixed&lt;/b&gt; равно false для мест в пределах длины поперечного перемешивания при береговом изливе (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); там значение — среднее по сечению. Передний фронт: 0.89 × время до пика (Jobson 1996, USGS WRIR 96-4013). Необязательный коэффициент распада или осаждения первого порядка k (в час). Масса M: поле массы или константа (кг), иначе объём излившихся хвостов (м³) × концентрация (мг/л) / 1000.&lt;br&gt;&lt;b&gt;Границы&lt;/b&gt;: каждая вершина пути распространения относится к полигону страны; смена страны локализуется на соответствующем отрезке. Смены ближе допуска границы (км) объединяются в один border_stretch (река, образующая границу), а не в десятки пересечений. Вершина в промежутке между полигонами (море или озеро, не входящие в слой стран) относится к последней стране, через которую прошёл путь; о промежутках и перекрытиях выдаются предупреждения.&lt;br&gt;&lt;b&gt;Сводка&lt;/b&gt;: населённые пункты и население в пределах коридора (всего и с приходом фронта в течение 24 ч и 72 ч), достигнутые страны по порядку, первая граница (км, ч), конец трассы. Населённые пункты без пригодной численности населения (NULL, 0, текст) перечисляются, помечаются и не учитываются.&lt;br&gt;Это оценки скрининга для планирования действий при авариях, а не калиброванная модель оповещения (такие модели учитывают мёртвые зоны и калибруются по трассерным опытам).</translation>
    </message>
    <message>
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. Gaps between polygons are labelled 'unknown'; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation type="obsolete">Для каждого хвостохранилища: прослеживает выброс вниз по течению (как tailings:tracedownstream), перечисляет населённые пункты и объекты воздействия в пределах коридора в порядке вниз по течению с расстоянием вдоль реки (dist_km), расстоянием от реки (offset_m), временем прихода переднего фронта (arrival_h), временем наступления пика (peak_h) и пиковой концентрацией (peak_conc_mg_l), находит места пересечения государственной границы путём распространения (Конвенция ЕЭК ООН о трансграничном воздействии промышленных аварий: страна выше по течению уведомляет страну ниже по течению) и составляет сводку по каждому объекту.&lt;br&gt;&lt;br&gt;&lt;b&gt;Время добегания&lt;/b&gt;: tau = сумма отношений длины отрезка к скорости течения. Скорость течения задаётся константой (м/с), полем участка или рассчитывается по расходу воды Q участка через гидравлическую геометрию створа (в форме Leopold &amp;amp; Maddock 1953: U = a·Q^b, глубина h = c·Q^f, по умолчанию a=0.194, b=0.285, c=0.409, f=0.294 по Raymond et al. 2012); ширина W = Q/(U·h). Для участка по поверхности и участков без значения используется постоянная скорость (с предупреждением).&lt;br&gt;&lt;b&gt;Концентрация&lt;/b&gt;: мгновенный выброс, полностью перемешанный по сечению, одномерная модель адвекции–дисперсии (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Вдоль реки с изменяющимися U, Q и K облако загрязнения в каждом створе имеет во времени гауссову форму с дисперсией σ² = Σ 2·K·L/U³ и пиком M/(Q·√(2πσ²)): разбавление по мере роста расхода (разбавление = Q в данном месте / Q в месте поступления выброса в реку). K — по Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) или Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l показывают разброс по всем четырём формулам. Для u* = √(g·h·S) нужен уклон S: из поля уклона или принятый уклон (по умолчанию 0.0001, выдаётся предупреждение, что он принят; 0 = без поля уклона концентрация не рассчитывается). Без расхода воды или массы peak_conc_mg_l равно NULL. &lt;b&gt;mixed&lt;/b&gt; равно false для мест в пределах длины поперечного перемешивания при береговом выбросе (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); там значение — среднее по сечению. Передний фронт: 0.89 × время до пика (Jobson 1996, USGS WRIR 96-4013). Необязательный коэффициент распада или осаждения первого порядка k (в час). Масса M: поле массы или константа (кг), иначе объём выброса (м³) × концентрация (мг/л) / 1000.&lt;br&gt;&lt;b&gt;Границы&lt;/b&gt;: каждая вершина пути распространения относится к полигону страны; смена страны локализуется на соответствующем отрезке. Смены ближе допуска границы (км) объединяются в один border_stretch (река, образующая границу), а не в десятки пересечений. Промежутки между полигонами помечаются как 'unknown'; о промежутках и перекрытиях выдаются предупреждения.&lt;br&gt;&lt;b&gt;Сводка&lt;/b&gt;: населённые пункты и население в пределах коридора (всего и с приходом фронта в течение 24 ч и 72 ч), достигнутые страны по порядку, первая граница (км, ч), конец трассы. Населённые пункты без пригодной численности населения (NULL, 0, текст) перечисляются, помечаются и не учитываются.&lt;br&gt;Это оценки скрининга для планирования действий при авариях, а не калиброванная модель оповещения (такие модели учитывают мёртвые зоны и калибруются по трассерным опытам).</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="obsolete">Откуда</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="45" />
      <source>From each facility, finds where a release enters the river network (the nearest point of the nearest reach within the snap distance, measured on the WGS84 ellipsoid) and follows the water downstream to the end of the network, a terminal lake (Balkhash, Aral, Caspian) or the maximum distance.&lt;br&gt;Flow direction comes from the digitising direction, from reach/downstream id fields (HydroRIVERS convention: NEXT_DOWN = 0 or NULL at an outlet) or from a DEM (reaches are turned downhill). Reach ends closer than the node tolerance are joined, tributaries that end on another reach mid-line are connected there, and cycles in bad data are broken.&lt;br&gt;OUTPUT: one line per facility and reach piece, in downstream order (facility_id, seq, reach_id, kind overland/river/lake, from_km, to_km from the facility, assumed). The first piece is the overland leg from the facility to the river, an assumed straight line.&lt;br&gt;SUMMARY: one point per facility at its entry point (or the facility when it is not on a river): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Distances are geodesic (Karney 2013). At a bifurcation all branches are followed unless a main-stem field (discharge, order) is given.</source>
      <translation>От каждого объекта находит место поступления излива в речную сеть (ближайшую точку ближайшего участка в пределах расстояния привязки, измеренного на эллипсоиде WGS84) и прослеживает движение воды вниз по течению до конца сети, бессточного озера (Балхаш, Аральское море, Каспийское море) или максимального расстояния.&lt;br&gt;Направление течения определяется по направлению оцифровки, по полям идентификаторов участка и нижележащего участка (соглашение HydroRIVERS: NEXT_DOWN = 0 или NULL в устье) или по ЦМР (участки разворачиваются вниз по уклону). Концы участков, расположенные ближе допуска узлов, соединяются; притоки, которые заканчиваются на другом участке посередине линии, подключаются в этом месте; циклы в ошибочных данных разрываются.&lt;br&gt;OUTPUT: по одной линии на каждый объект и фрагмент участка в порядке вниз по течению (facility_id, seq, reach_id, kind overland/river/lake, from_km, to_km от объекта, assumed). Первый фрагмент — участок по поверхности от объекта до реки, условно принятый прямой линией.&lt;br&gt;SUMMARY: по одной точке на объект в месте поступления в реку (или в точке объекта, если он не находится на реке): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Расстояния геодезические (Karney 2013). При бифуркации прослеживаются все ветви, если не задано поле главного русла (расход воды, порядок водотока).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="427" />
      <source>From layer {name}.</source>
      <translation>Из слоя {name}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="130" />
      <source>Front of the release, hours after failure</source>
      <translation>Фронт излива, ч после прорыва дамбы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="39" />
      <source>Gaps closed by the node tolerance</source>
      <translation>Разрывы, закрытые допуском узлов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Geometry type</source>
      <translation>Тип геометрии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="22" />
      <source>Georgia</source>
      <translation>Грузия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="79" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch (crossing_id) or of tailings:upstreamsources (receptor_id); the layers given lack {fields}.</source>
      <translation>Укажите слои SUMMARY и OUTPUT tailings:borderwatch (crossing_id) или tailings:upstreamsources (receptor_id); в указанных слоях нет {fields}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="193" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch or tailings:upstreamsources.</source>
      <translation>Укажите слои SUMMARY и OUTPUT tailings:borderwatch или tailings:upstreamsources.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="138" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:borderwatch.</source>
      <translation>Укажите слои SUMMARY и OUTPUT tailings:borderwatch.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="62" />
      <source>Give the SUMMARY and OUTPUT layers of tailings:upstreamsources.</source>
      <translation>Укажите слои SUMMARY и OUTPUT tailings:upstreamsources.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="396" />
      <source>Granted the example roles (tailings_reader, tailings_editor_*, tailings_admin).</source>
      <translation>Выданы права примерным ролям (tailings_reader, tailings_editor_*, tailings_admin).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="137" />
      <source>HTML notification plan</source>
      <translation>План оповещения (HTML)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="307" />
      <source>HTML report</source>
      <translation>Отчёт HTML</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="104" />
      <source>Hazard and consequence screening</source>
      <translation>Предварительная оценка опасности и последствий</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="36" />
      <source>Hazard index</source>
      <translation>Индекс опасности</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="59" />
      <source>Hazard index (THI)</source>
      <translation>Индекс опасности (THI)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="325" />
      <source>Hazard index field (e.g. thi of tailings:hazardscreening)</source>
      <translation>Поле индекса опасности (например, thi из tailings:hazardscreening)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="291" />
      <source>Hazard index not known (not analysed or inputs missing)</source>
      <translation>Индекс опасности неизвестен (анализ не выполнялся или не хватает исходных данных)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="380" />
      <source>Hazard screening</source>
      <translation>Предварительная оценка опасности</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="51" />
      <source>Hide this message and keep the edits</source>
      <translation>Скрыть сообщение и оставить изменения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="35" />
      <source>High</source>
      <translation>Высокий</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="199" />
      <source>Highest of the four dispersion methods (conservative)</source>
      <translation>Наибольшая из четырёх методик дисперсии (консервативно)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="98" />
      <source>ICMM site ID</source>
      <translation>Идентификатор площадки ICMM</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="276" />
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="343" />
      <source>Identity</source>
      <translation>Общие сведения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="185" />
      <source>Impact summary</source>
      <translation>Сводка воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="242" />
      <source>Impact summary (SUMMARY)</source>
      <translation>Сводка воздействия (SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="64" />
      <source>Import into shared registry (PostGIS)</source>
      <translation>Импорт в общий реестр (PostGIS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="219" />
      <source>Imported {n} facilities into {schema}.{table}.</source>
      <translation>Импортировано объектов в {schema}.{table}: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="94" />
      <source>Incoming</source>
      <translation>Входящие</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="125" />
      <source>Incoming (rivers entering the country)</source>
      <translation>Входящие (реки, втекающие в страну)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="23" />
      <source>India</source>
      <translation>Индия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="166" />
      <source>Injection must be 'side' or 'centre'.</source>
      <translation>Параметр injection (место поступления) должен иметь значение 'side' (у берега) или 'centre' (по центру потока).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="177" />
      <source>Invalid geometry: {reason}</source>
      <translation>Некорректная геометрия: {reason}</translation>
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
      <translation>Кашефипур и Фальконер (2002)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="13" />
      <source>Kazakhstan</source>
      <translation>Казахстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="14" />
      <source>Kyrgyzstan</source>
      <translation>Кыргызстан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="294" />
      <source>Lake or reservoir</source>
      <translation>Озеро или водохранилище</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="228" />
      <source>Lakes (default: bundled sample)</source>
      <translation>Озёра (по умолчанию: прилагаемые демонстрационные данные)</translation>
    </message>
    <message>
      <source>Lakes (polygons: terminal lakes, links through lakes)</source>
      <translation type="obsolete">Озёра (полигоны: бессточные озёра, связи через озёра)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="171" />
      <source>Lakes (terminal lakes and lake reaches)</source>
      <translation>Озёра (бессточные озёра и озёрные участки)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="22" />
      <source>Lakes and reservoirs</source>
      <translation>Озёра и водохранилища</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="372" />
      <source>Language of the maps and report texts</source>
      <translation>Язык текстов карт и отчёта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="366" />
      <source>Last edited</source>
      <translation>Последнее изменение</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="113" />
      <source>Last edited at</source>
      <translation>Время последнего изменения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="112" />
      <source>Last edited by</source>
      <translation>Последнее изменение внёс</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="52" />
      <source>Last inspection</source>
      <translation>Последнее обследование</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="347" />
      <source>Legend</source>
      <translation>Условные обозначения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="100" />
      <source>Location confidence</source>
      <translation>Достоверность местоположения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="194" />
      <source>Longitude and latitude arrays differ in length.</source>
      <translation>Массивы долгот и широт имеют разную длину.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="325" />
      <source>Looking for the facilities upstream of {name} …</source>
      <translation>Поиск объектов выше по течению от пункта {name} …</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="33" />
      <source>Low</source>
      <translation>Низкий</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="162" />
      <source>Main stem field (follow the largest value at a bifurcation)</source>
      <translation>Поле главного русла (при бифуркации следовать по наибольшему значению)</translation>
    </message>
    <message>
      <source>Main stem field (follow the largest value at bifurcations)</source>
      <translation type="obsolete">Поле главного русла (при бифуркациях следовать по наибольшему значению)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="64" />
      <source>Malformed {what} file {path}: {where}: {problem}</source>
      <translation>Ошибка в структуре файла «{what}» {path}: {where}: {problem}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="53" />
      <source>Management conditions: operating status of the facility</source>
      <translation>Условия эксплуатации: эксплуатационный статус объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="272" />
      <source>Map of {name}</source>
      <translation>Карта: {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_results.py" line="331" />
      <source>Map page written: {path}</source>
      <translation>Лист карты сохранён: {path}</translation>
    </message>
    <message>
      <source>Maps and reports</source>
      <translation type="obsolete">Карты и отчёты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="316" />
      <source>Maximum arrival time (h, 0 = no limit)</source>
      <translation>Максимальное время добегания (ч, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="193" />
      <source>Maximum distance (km, 0 = no limit)</source>
      <translation>Максимальное расстояние (км, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="196" />
      <source>Maximum distance field (km, per facility)</source>
      <translation>Поле максимального расстояния (км, для каждого объекта)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="89" />
      <source>Maximum fill depth of a depression (m, 0 = fill all)</source>
      <translation>Максимальная глубина заполнения понижения (м, 0 = заполнять все)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="75" />
      <source>Maximum path length (m, 0 = no limit)</source>
      <translation>Максимальная длина пути (м, 0 = без ограничения)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="25" />
      <source>Mining and processing sites (ICMM)</source>
      <translation>Объекты добычи и переработки (ICMM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="18" />
      <source>Mongolia</source>
      <translation>Монголия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="278" />
      <source>More facility warnings follow in the field hazard_notes of the output; not repeated here.</source>
      <translation>Остальные предупреждения по объектам приведены в поле hazard_notes результата; здесь они не повторяются.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="40" />
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="41" />
      <source>Name (Russian)</source>
      <translation>Название (на русском)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="31" />
      <source>Name field</source>
      <translation>Поле названия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="52" />
      <source>Name the database: a QGIS PostgreSQL connection, a service or a connection string.</source>
      <translation>Укажите базу данных: подключение PostgreSQL в QGIS, сервис или строку подключения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="54" />
      <source>Natural conditions: flood hazard + seismic hazard at the site</source>
      <translation>Природные условия: опасность затопления + сейсмическая опасность на площадке</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="71" />
      <source>Network diagnostics</source>
      <translation>Диагностика сети</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="98" />
      <source>No border crossing with facilities upstream to map.</source>
      <translation>Нет пересечений границы с объектами выше по течению: карты не построены.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="204" />
      <source>No consequence class: {msg}</source>
      <translation>Класс последствий не определён: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="322" />
      <source>No discharge is known along the pathway: peak concentrations and dilution are left empty. Give a discharge field (m³/s) on the river layer.</source>
      <translation>Расход воды вдоль пути распространения неизвестен: пиковые концентрации и разбавление не рассчитаны (поля пусты). Укажите поле расхода воды (м³/с) в слое рек.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="605" />
      <source>No exposed settlement recorded downstream.</source>
      <translation>Населённые пункты в зоне воздействия ниже по течению не зафиксированы.</translation>
    </message>
    <message>
      <source>No facility has a runout distance: par is left NULL.</source>
      <translation type="obsolete">Ни у одного объекта нет дальности распространения: par остаётся NULL.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="100" />
      <source>No facility has a usable geometry.</source>
      <translation>Ни у одного объекта нет пригодной геометрии.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="94" />
      <source>No facility id field chosen: using '{f}'.</source>
      <translation>Поле идентификатора объекта не выбрано: используется '{f}'.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="390" />
      <source>No facility layer chosen.</source>
      <translation>Слой хвостохранилищ не выбран.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="443" />
      <source>No facility to map: none of the chosen facilities has a pathway in the pathway layer.</source>
      <translation>Нет объектов для картографирования: ни у одного из выбранных объектов нет пути в слое путей распространения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="423" />
      <source>No facility upstream of {name} within the limits of the run.</source>
      <translation>Выше по течению от пункта {name} в пределах заданных ограничений объектов нет.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="440" />
      <source>No facility upstream.</source>
      <translation>Выше по течению объектов нет.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="330" />
      <source>No field for {key}: release volume and runout cannot be estimated. Choose the field that holds it.</source>
      <translation>Нет поля для {key}: объём излившихся хвостов и дальность распространения не могут быть оценены. Выберите поле, в котором хранится это значение.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="82" />
      <source>No field was chosen for the {label}.</source>
      <translation>Не выбрано поле «{label}».</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="173" />
      <source>No geometry: the facility cannot be placed on the map.</source>
      <translation>Нет геометрии: объект невозможно нанести на карту.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="148" />
      <source>No population field: settlements are listed without population.</source>
      <translation>Поле численности населения не задано: населённые пункты перечисляются без численности населения.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="527" />
      <source>No receptor has a usable geometry.</source>
      <translation>Ни у одного объекта воздействия нет пригодной геометрии.</translation>
    </message>
    <message>
      <source>No receptor lies within {d:.0f} m of a river. Move the receptors onto the river or increase RECEPTOR_SNAP_DISTANCE.</source>
      <translation type="obsolete">Ни один объект воздействия не находится ближе {d:.0f} м к реке. Переместите объекты воздействия к реке или увеличьте RECEPTOR_SNAP_DISTANCE.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="535" />
      <source>No receptor lies within {d} m of a river. Move the receptors onto the river or increase RECEPTOR_SNAP_DISTANCE.</source>
      <translation>Ни один объект воздействия не находится ближе {d} м к реке. Переместите объекты воздействия к реке или увеличьте RECEPTOR_SNAP_DISTANCE.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="45" />
      <source>No receptor with facilities upstream to map.</source>
      <translation>Нет объектов воздействия с объектами выше по течению: карты не построены.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="200" />
      <source>No release mass given (mass, or volume and concentration): concentrations stay NULL.</source>
      <translation>Масса ЗВ, поступившего в реку, не задана (ни масса, ни объём с концентрацией): концентрации остаются NULL.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="108" />
      <source>No released mass given: peak concentrations are left empty.</source>
      <translation>Масса ЗВ, поступившего в реку, не задана: пиковые концентрации не рассчитываются (поля остаются пустыми).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="222" />
      <source>No river crosses the border of {c} in the chosen direction.</source>
      <translation>Ни одна река не пересекает границу {c} в выбранном направлении.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="181" />
      <source>No river layer: the paths run to the DEM edge, nodata or the maximum length.</source>
      <translation>Слой рек не задан: пути стока прослеживаются до края ЦМР, ячеек без данных (nodata) или максимальной длины.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="49" />
      <source>No river within {snap} of {facility}: the nearest mapped river is {nearest} away.</source>
      <translation>В пределах {snap} от объекта «{facility}» нет реки: ближайшая река на карте — в {nearest}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="181" />
      <source>No runout estimate: {msg}</source>
      <translation>Нет оценки дальности распространения хвостов: {msg}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="412" />
      <source>No settlement within the corridor of this pathway.</source>
      <translation>В коридоре этого пути распространения нет населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="281" />
      <source>No settlement within the corridor.</source>
      <translation>В коридоре нет населённых пунктов.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="471" />
      <source>No settlements and rivers given: population at risk and consequence class are left NULL.</source>
      <translation>Населённые пункты и реки не заданы: население в зоне риска и класс последствий остаются NULL.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="291" />
      <source>No slope known on {n} river segments: no dispersion coefficient and no peak concentration downstream of them. Give a slope or an assumed slope.</source>
      <translation>Сегментов реки с неизвестным уклоном: {n}; ниже них по течению коэффициент продольной дисперсии и пиковая концентрация не рассчитываются. Задайте уклон или принятый уклон.</translation>
    </message>
    <message>
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s:g} m/m there.</source>
      <translation type="obsolete">Сегментов реки с неизвестным уклоном: {n}; на них коэффициент продольной дисперсии рассчитан по принятому уклону {s:g} м/м.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="284" />
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s} m/m there.</source>
      <translation>Сегментов реки с неизвестным уклоном: {n}; на них коэффициент продольной дисперсии рассчитан по принятому уклону {s} м/м.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="127" />
      <source>No translation file for '{code}' ({path}): the output is in English. Build it with 'make translations' (needs lrelease).</source>
      <translation>Нет файла перевода для '{code}' ({path}): вывод выполняется на английском языке. Соберите его командой 'make translations' (нужна утилита lrelease).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="222" />
      <source>No {label} field chosen: using '{f}'.</source>
      <translation>Поле «{label}» не выбрано: используется '{f}'.</translation>
    </message>
    <message>
      <source>Node tolerance (m)</source>
      <translation type="obsolete">Допуск узлов (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="179" />
      <source>Node tolerance (m): reach ends closer than this are joined</source>
      <translation>Допуск узлов (м): концы участков, расположенные ближе этого расстояния, соединяются</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="531" />
      <source>Not analysed yet for this facility.</source>
      <translation>Для этого объекта анализ ещё не выполнялся.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="384" />
      <source>Not analysed yet.</source>
      <translation>Анализ ещё не выполнялся.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="166" />
      <source>Not assessed: no stored volume or dam height (and no user scenario).</source>
      <translation>Не оценён: нет объёма хранения или высоты дамбы (и нет пользовательского сценария).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="111" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="54" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="212" />
      <source>Nothing was imported: {n} of {m} rows were rejected. Fix them and run again.</source>
      <translation>Ничего не импортировано: отклонено строк — {n} из {m}. Исправьте их и запустите снова.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="191" />
      <source>Notification plan: facilities upstream of each border crossing</source>
      <translation>План оповещения: объекты выше по течению от каждого пересечения границы</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="256" />
      <source>Notification plan: {n} crossings or receptors, {p} facility rows.</source>
      <translation>План оповещения: пересечений или объектов воздействия — {n}, строк объектов — {p}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="85" />
      <source>Number of errors</source>
      <translation>Число ошибок</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="277" />
      <source>Number of facilities exported</source>
      <translation>Число экспортированных объектов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="100" />
      <source>Number of facilities imported</source>
      <translation>Число импортированных объектов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="431" />
      <source>Number of map pages</source>
      <translation>Число листов карт</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="101" />
      <source>Number of rejected rows</source>
      <translation>Число отклонённых строк</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="86" />
      <source>Number of warnings</source>
      <translation>Число предупреждений</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="21" />
      <source>Oblasts of Kazakhstan</source>
      <translation>Области Казахстана</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One PDF per crossing</source>
      <translation>Один PDF на пересечение</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="263" />
      <source>One PDF per facility</source>
      <translation>Отдельный PDF для каждого объекта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="58" />
      <source>One PDF per receptor</source>
      <translation>Один PDF на объект воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One PNG per crossing</source>
      <translation>Один PNG на пересечение</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="263" />
      <source>One PNG per facility</source>
      <translation>Отдельный PNG для каждого объекта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="58" />
      <source>One PNG per receptor</source>
      <translation>Один PNG на объект воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="99" />
      <source>One multi-page PDF</source>
      <translation>Один многостраничный PDF</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="252" />
      <source>Only these facility ids (comma-separated; empty = all)</source>
      <translation>Только эти идентификаторы объектов (через запятую; пусто = все)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="79" />
      <source>Open Kazakhstan sample data</source>
      <translation>Открыть демонстрационные данные по Казахстану</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="42" />
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="200" />
      <source>Operator field</source>
      <translation>Поле эксплуатирующей организации</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="49" />
      <source>Order of arrival</source>
      <translation>Порядок добегания</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="233" />
      <source>Ordered by risk: earliest arrival at a national border first, then the population reached within 24 hours, then the hazard index. Click a facility for its section.</source>
      <translation>Упорядочено по риску: сначала наименьшее время добегания до государственной границы, затем население, до которого волна доходит за 24 часа, затем индекс опасности. Щёлкните объект, чтобы перейти к его разделу.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="373" />
      <source>Other attributes</source>
      <translation>Прочие атрибуты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="375" />
      <source>Other country</source>
      <translation>Другие страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="88" />
      <source>Other mine and processing sites (ICMM)</source>
      <translation>Другие рудники и перерабатывающие предприятия (ICMM)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="102" />
      <source>Other names</source>
      <translation>Другие названия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="68" />
      <source>Other receptors downstream</source>
      <translation>Другие объекты воздействия ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="89" />
      <source>Other tailings facilities</source>
      <translation>Другие хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="124" />
      <source>Outgoing (rivers leaving the country)</source>
      <translation>Исходящие (реки, вытекающие из страны)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="398" />
      <source>Output</source>
      <translation>Формат вывода</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="427" />
      <source>Output folder</source>
      <translation>Выходная папка</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="43" />
      <source>Overland flow path to the river (DEM)</source>
      <translation>Путь поверхностного стока до реки (ЦМР)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="98" />
      <source>Overland flow paths</source>
      <translation>Пути поверхностного стока</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="228" />
      <source>Overview map</source>
      <translation>Обзорная карта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="391" />
      <source>Own layout template (.qpt; overrides the page choice)</source>
      <translation>Собственный шаблон макета (.qpt; заменяет выбор формата листа)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="384" />
      <source>Page</source>
      <translation>Формат листа</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="26" />
      <source>Pakistan</source>
      <translation>Пакистан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="48" />
      <source>Pathway length (km)</source>
      <translation>Длина пути распространения (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="88" />
      <source>Pathway of facility {fid} has missing coordinates.</source>
      <translation>В пути распространения от объекта {fid} отсутствуют координаты.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="92" />
      <source>Pathway of facility {fid} is not in lon/lat degrees (EPSG:4326).</source>
      <translation>Путь распространения от объекта {fid} задан не в градусах долготы/широты (EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="81" />
      <source>Pathway of facility {fid} needs at least two lon/lat vertices.</source>
      <translation>Для пути распространения от объекта {fid} нужны как минимум две вершины с координатами долготы/широты.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="108" />
      <source>Pathway of facility {fid}: chainage must be finite and not decrease.</source>
      <translation>Путь распространения от объекта {fid}: расстояние вдоль пути (пикетаж) должно быть конечным и не убывать.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="102" />
      <source>Pathway of facility {fid}: {n} vertices but {m} chainage values.</source>
      <translation>Путь распространения от объекта {fid}: вершин — {n}, а значений расстояния вдоль пути — {m}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="76" />
      <source>Pathway summary</source>
      <translation>Сводка по путям распространения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="182" />
      <source>Pathways</source>
      <translation>Пути распространения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="245" />
      <source>Pathways (PATHWAYS)</source>
      <translation>Пути распространения (PATHWAYS)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="213" />
      <source>Pathways (tailings:downstreamimpact PATHWAYS)</source>
      <translation>Пути распространения (PATHWAYS из tailings:downstreamimpact)</translation>
    </message>
    <message>
      <source>Pathways and impact</source>
      <translation type="obsolete">Пути распространения и воздействие</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="56" />
      <source>Peak (h)</source>
      <translation>Время пика (ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="405" />
      <source>Peak conc., mg/l</source>
      <translation>Пик. конц., мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="57" />
      <source>Peak concentration (mg/l)</source>
      <translation>Пиковая концентрация (мг/л)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="72" />
      <source>Peak concentration at the end of the trace</source>
      <translation>Пиковая концентрация в конце прослеженного пути</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="109" />
      <source>Peak concentration from</source>
      <translation>Пиковая концентрация по</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="404" />
      <source>Peak, h</source>
      <translation>Время пика, ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="40" />
      <source>People inside the runout zone</source>
      <translation>Население в зоне распространения хвостов</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="263" />
      <source>Per-reach discharge field (hydraulic geometry)</source>
      <translation>Поле расхода воды для участков (гидравлическая геометрия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="262" />
      <source>Per-reach velocity field</source>
      <translation>Поле скорости течения для участков</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="352" />
      <source>Physical data</source>
      <translation>Технические характеристики</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="173" />
      <source>Pick on map</source>
      <translation>Выбрать на карте</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="582" />
      <source>Place</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="580" />
      <source>Places downstream, in downstream order ({n})</source>
      <translation>Пункты ниже по течению, по порядку вниз по течению ({n})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="54" />
      <source>Places within</source>
      <translation>Пункты в пределах</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="111" />
      <source>Plausibility flags</source>
      <translation>Отметки о правдоподобии</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="56" />
      <source>Point</source>
      <translation>Точка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="433" />
      <source>Point {i}: {msg}</source>
      <translation>Точка {i}: {msg}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="56" />
      <source>Polygon</source>
      <translation>Полигон</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="56" />
      <source>Population</source>
      <translation>Население</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="76" />
      <source>Population at risk</source>
      <translation>Население в зоне риска</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="417" />
      <source>Population at risk (PAR)</source>
      <translation>Население в зоне риска (PAR)</translation>
    </message>
    <message>
      <source>Population at risk computed for {n} facilities (corridor {c:g} m).</source>
      <translation type="obsolete">Население в зоне риска рассчитано для объектов: {n} (коридор {c:g} м).</translation>
    </message>
    <message>
      <source>Population at risk computed for {n} facilities (corridor {c:g} m, {k}).</source>
      <translation type="obsolete">Население в зоне риска рассчитано для объектов: {n} (коридор {c:g} м, {k}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="537" />
      <source>Population at risk computed for {n} facilities (corridor {c} m).</source>
      <translation>Население в зоне риска рассчитано для объектов: {n} (коридор {c} м).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="64" />
      <source>Population downstream</source>
      <translation>Население ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="43" />
      <source>Population exposed</source>
      <translation>Население в зоне воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="245" />
      <source>Population field</source>
      <translation>Поле численности населения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="44" />
      <source>Population reached within 24 h</source>
      <translation>Население, достигаемое за 24 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="66" />
      <source>Population reached within 72 h</source>
      <translation>Население, достигаемое за 72 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="38" />
      <source>Population within 24 h</source>
      <translation>Население, достигаемое за 24 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="39" />
      <source>Population within 72 h</source>
      <translation>Население, достигаемое за 72 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="317" />
      <source>PostGIS is not enabled in this database and could not be enabled ({reason}). Ask the administrator to run: CREATE EXTENSION postgis;</source>
      <translation>PostGIS не включён в этой базе данных, и включить его не удалось ({reason}). Попросите администратора выполнить: CREATE EXTENSION postgis;</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="87" />
      <source>Potential loss of life</source>
      <translation>Возможная гибель людей</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="208" />
      <source>Prediction interval</source>
      <translation>Интервал прогноза</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="179" />
      <source>Prediction interval of the ranges (%; 0 = spread between methods only)</source>
      <translation>Интервал предсказания для диапазонов (%; 0 = только разброс между методами)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="143" />
      <source>QGIS could not read the layout template {path}.</source>
      <translation>QGIS не удалось прочитать шаблон макета {path}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="407" />
      <source>Rank (1 = highest hazard)</source>
      <translation>Ранг (1 = наибольшая опасность)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="146" />
      <source>Reach and downstream id fields</source>
      <translation>Поля идентификаторов участка и нижележащего участка</translation>
    </message>
    <message>
      <source>Reach id and downstream id fields</source>
      <translation type="obsolete">Поля идентификаторов участка и нижележащего участка</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="149" />
      <source>Reach id field</source>
      <translation>Поле идентификатора участка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="589" />
      <source>Reach ids must be numbers; got {v!r}.</source>
      <translation>Идентификаторы участков должны быть числами; получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="219" />
      <source>Reaches</source>
      <translation>Достигает</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="43" />
      <source>Reaches ending in a terminal lake</source>
      <translation>Участки, заканчивающиеся в бессточном озере</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="41" />
      <source>Reaches starting on another reach</source>
      <translation>Участки, начинающиеся на другом участке</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="69" />
      <source>Reading a DEM needs the Python module rasterio (Debian/Ubuntu: python3-rasterio).</source>
      <translation>Для чтения ЦМР нужен модуль Python rasterio (Debian/Ubuntu: python3-rasterio).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="41" />
      <source>Receptor (settlement or water intake)</source>
      <translation>Объект воздействия (населённый пункт или водозабор)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="457" />
      <source>Receptor id field</source>
      <translation>Поле идентификатора объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="157" />
      <source>Receptor layer</source>
      <translation>Слой объектов воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="150" />
      <source>Receptor name field</source>
      <translation>Поле названия объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="465" />
      <source>Receptor snap distance to the river (m)</source>
      <translation>Расстояние привязки объекта воздействия к реке (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="45" />
      <source>Receptors (tailings:upstreamsources SUMMARY)</source>
      <translation>Объекты воздействия (SUMMARY tailings:upstreamsources)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="142" />
      <source>Receptors (water intakes, protected areas …)</source>
      <translation>Объекты воздействия (водозаборы, ООПТ …)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="450" />
      <source>Receptors (water intakes, towns, stations)</source>
      <translation>Объекты воздействия (водозаборы, населённые пункты, гидропосты)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="43" />
      <source>Receptors: facilities upstream and arrival times</source>
      <translation>Объекты воздействия: объекты выше по течению и время добегания</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="117" />
      <source>Recorded with the results</source>
      <translation>Записано вместе с результатами</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="33" />
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="43" />
      <source>Region (oblast)</source>
      <translation>Регион (область)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="297" />
      <source>Region (oblast) boundary</source>
      <translation>Граница области</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="93" />
      <source>Registry layer source</source>
      <translation>Источник слоя реестра</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="82" />
      <source>Registry problems</source>
      <translation>Проблемы реестра</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="98" />
      <source>Rejected rows</source>
      <translation>Отклонённые строки</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="237" />
      <source>Released contaminant mass (kg, 0 = from volume × concentration)</source>
      <translation>Масса загрязняющего вещества, поступившего в реку (кг, 0 = объём × концентрация)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="234" />
      <source>Released contaminant mass field (kg)</source>
      <translation>Поле массы загрязняющего вещества, поступившего в реку (кг)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="71" />
      <source>Released mass</source>
      <translation>Масса ЗВ, поступившего в реку</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="410" />
      <source>Released volume (estimate)</source>
      <translation>Объём излившихся хвостов (оценка)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="242" />
      <source>Released volume (m³, 0 = none)</source>
      <translation>Объём излившихся хвостов (м³, 0 = не задан)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="367" />
      <source>Released volume and concentration must be 0 or positive.</source>
      <translation>Объём излившихся хвостов и концентрация должны быть равны 0 или положительными.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="241" />
      <source>Released volume field (m³)</source>
      <translation>Поле объёма излившихся хвостов (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="154" />
      <source>Released-volume band factor (0 = from the data file, 1 = prediction interval alone)</source>
      <translation>Коэффициент расширения диапазона неопределённости объёма излива (0 = из файла данных, 1 = только интервал предсказания)</translation>
    </message>
    <message>
      <source>Released-volume band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="obsolete">Коэффициент диапазона объёма выброса (0 = из файла данных, 1 = только разброс между методами)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="420" />
      <source>Relief</source>
      <translation>Рельеф</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="45" />
      <source>Reload</source>
      <translation>Перечитать</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="89" />
      <source>Reload the facility layer from its source: shows the edits other users saved</source>
      <translation>Перечитать слой объектов из источника: будут показаны изменения, сохранённые другими пользователями</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="260" />
      <source>Render small maps from the pathways (slower)</source>
      <translation>Строить небольшие карты по путям распространения (медленнее)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="263" />
      <source>Report title</source>
      <translation>Заголовок отчёта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="513" />
      <source>Report: {n} facilities, {e} exposed settlement rows, {i} maps embedded.</source>
      <translation>Отчёт: объектов — {n}, строк затрагиваемых населённых пунктов — {e}, встроенных карт — {i}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="197" />
      <source>Reported peak concentration (peak_conc_mg_l)</source>
      <translation>Выводимая пиковая концентрация (peak_conc_mg_l)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="185" />
      <source>Required value is missing.</source>
      <translation>Отсутствует обязательное значение.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="404" />
      <source>Resolution (dpi)</source>
      <translation>Разрешение (dpi)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="77" />
      <source>Reusing the river network built earlier from the same unchanged layer.</source>
      <translation>Используется речная сеть, построенная ранее по тому же неизменённому слою.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="36" />
      <source>River</source>
      <translation>Река</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="44" />
      <source>River basin</source>
      <translation>Речной бассейн</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="99" />
      <source>River entry points</source>
      <translation>Точки выхода к реке</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="135" />
      <source>River name field (for the river column)</source>
      <translation>Поле названия реки (для столбца river)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="133" />
      <source>River network</source>
      <translation>Речная сеть</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="37" />
      <source>River reach {k} is a {t}, not a line.</source>
      <translation>Участок реки {k} является объектом типа {t}, а не линией.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="41" />
      <source>River reach {k} is not an (n, 2) array of lon/lat.</source>
      <translation>Участок реки {k} не является массивом (n, 2) долгот/широт.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="343" />
      <source>River slope from the DEM on {n} pathway segments.</source>
      <translation>Уклон реки по ЦМР на сегментах пути: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="92" />
      <source>River stretch from the facility to the border</source>
      <translation>Участок реки от объекта до границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="39" />
      <source>River stretch from the facility to the receptor</source>
      <translation>Участок реки от объекта до объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="80" />
      <source>River tolerance (m; the cells next to a reach always count)</source>
      <translation>Допуск до реки (м; ячейки, прилегающие к участку реки, учитываются всегда)</translation>
    </message>
    <message>
      <source>Rivers</source>
      <translation type="obsolete">Реки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="23" />
      <source>Rivers (WaterHydro)</source>
      <translation>Реки (WaterHydro)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="124" />
      <source>Rivers (default: bundled sample)</source>
      <translation>Реки (по умолчанию: прилагаемые демонстрационные данные)</translation>
    </message>
    <message>
      <source>Rivers (digitised in flow direction)</source>
      <translation type="obsolete">Реки (оцифрованы по направлению течения)</translation>
    </message>
    <message>
      <source>Rivers (optional)</source>
      <translation type="obsolete">Реки (необязательно)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="206" />
      <source>Row {row} ({facility}), {field}: {message}</source>
      <translation>Строка {row} ({facility}), {field}: {message}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="296" />
      <source>Rule {rule} is broken by facilities {ids}: correct them first.</source>
      <translation>Правило {rule} нарушают объекты {ids}: сначала исправьте их.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="385" />
      <source>Run Hazard screening to compute the hazard index and runout.</source>
      <translation>Запустите алгоритм «Предварительная оценка опасности», чтобы рассчитать индекс опасности и дальность распространения хвостов.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="236" />
      <source>Run parameters and assumptions</source>
      <translation>Параметры расчёта и допущения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="128" />
      <source>Run parameters and assumptions ('label: value' per line; empty: read from the inputs)</source>
      <translation>Параметры расчёта и допущения («название: значение» в каждой строке; пусто: взять из входных данных)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="207" />
      <source>Run the downstream analysis for this facility</source>
      <translation>Запустить анализ воздействия ниже по течению для этого объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="37" />
      <source>Runout (km)</source>
      <translation>Дальность распространения (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="162" />
      <source>Runout band factor (0 = from the data file, 1 = prediction interval alone)</source>
      <translation>Коэффициент расширения диапазона неопределённости дальности распространения (0 = из файла данных, 1 = только интервал предсказания)</translation>
    </message>
    <message>
      <source>Runout band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="obsolete">Коэффициент диапазона дальности распространения (0 = из файла данных, 1 = только разброс между методами)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="413" />
      <source>Runout distance (estimate)</source>
      <translation>Дальность распространения хвостов (оценка)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="148" />
      <source>Runout methods (JSON; default: bundled runout_methods.json)</source>
      <translation>Методы расчёта дальности распространения (JSON; по умолчанию: прилагаемый runout_methods.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="134" />
      <source>Runout used for the population at risk</source>
      <translation>Дальность распространения для расчёта населения в зоне риска</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="11" />
      <source>Russia</source>
      <translation>Россия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="88" />
      <source>SCREENING ESTIMATES: simplified models on public data, for planning and discussion; not a dam-break study, a forecast or an official notification. Overland legs (dashed) are assumed straight. Arrival times assume the modelled flow velocity; check on site before acting.</source>
      <translation>ПРЕДВАРИТЕЛЬНЫЕ ОЦЕНКИ (СКРИНИНГ): упрощённые модели на основе открытых данных, для планирования и обсуждения; это не расчёт прорыва дамбы, не прогноз и не официальное оповещение. Участки по поверхности (пунктир) условно приняты прямолинейными. Время добегания рассчитано по смоделированной скорости течения; перед принятием мер проверьте на месте.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="144" />
      <source>Scenario (stored volume, dam height)</source>
      <translation>Сценарий (объём хранения, высота дамбы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="106" />
      <source>Scenario note</source>
      <translation>Примечание к сценарию</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="105" />
      <source>Scenario: dam height (m)</source>
      <translation>Сценарий: высота дамбы (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="104" />
      <source>Scenario: stored volume (m³)</source>
      <translation>Сценарий: объём складированных хвостов (м³)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="32" />
      <source>Schema</source>
      <translation>Схема</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="23" />
      <source>Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, arrival times and concentrations come from simplified models and public data; check them on site before acting on them.</source>
      <translation>Предварительные (скрининговые) оценки для планирования и обсуждения, а не расчёт прорыва дамбы и не прогноз. Пути распространения, время добегания и концентрации получены по упрощённым моделям и открытым данным; прежде чем принимать меры на их основе, проверьте их на месте.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="335" />
      <source>Screening estimates of the downstream pathway, exposure and border crossings per facility.</source>
      <translation>Скрининговые оценки пути распространения ниже по течению, подверженности и пересечений границ для каждого объекта.</translation>
    </message>
    <message>
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions), with the published coefficients. &lt;b&gt;Ranges&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): per method the prediction interval (INTERVAL, 90 % by default) of a log-log least-squares refit of the same regression on the public record of tailings dam failures (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): central · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). The scatter is large: about ×/÷{fv:.0f} for the released volume (n = {nv}) and ×/÷{fd:.0f} for the runout (n = {nd}) at 90 %. Coverage on the record: {cd:.0%} of {ncd} observed runouts and {cv:.0%} of {ncv} released volumes lie inside the plugin's 90 % range. The band factors multiply the range further (1 = none). interval_level says which level a row uses. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;b&gt;Units&lt;/b&gt;: VOLUME_UNIT says whether the volume field is in m³, thousand m³ (тыс. м³) or million m³; it is applied before any formula, and a warning says when the values look like another unit.&lt;br&gt;&lt;b&gt;Missing is missing&lt;/b&gt;: a facility without stored volume or dam height gets no released volume, no runout, no class and no rank (scenario_source = none), unless a user scenario (advanced: stored volume and dam height) is given; scenario_source then says 'user scenario'. thi_rank ranks the assessed facilities only; ties share the best rank (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt;: when settlements and rivers are given, each facility is traced down the river network (digitised direction) to its central runout (par) and to its upper runout (par_high), and the populations of the settlements within the corridor of that pathway are summed (the same engine function as tailings:downstreamimpact). Settlements count with their whole population: a coarse proxy. Without settlements and rivers par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone (par_high by default, conservative; 'Runout used for the population at risk' picks the central one; consequence_basis says which): Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes. Every row carries the run's assumptions in the field assumptions.</source>
      <translation type="obsolete">Выполняет предварительную оценку хвостохранилищ до какой-либо трассировки: индекс опасности хвостохранилищ, объём выброса, дальность распространения хвостов, население в зоне риска и класс последствий. Записывает копию слоя объектов с результатами и градуированным стилем по &lt;b&gt;thi&lt;/b&gt;. Это оценки скрининга, а не расчёт прорыва дамбы.&lt;br&gt;&lt;br&gt;&lt;b&gt;Индекс опасности хвостохранилищ&lt;/b&gt; (структура методики ЕЭК ООН / Федерального ведомства по охране окружающей среды Германии для хвостохранилищ (TMF): UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, совместно с МКОРД): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, где thi_cap = log10(объём складированных хвостов в м³), thi_tox — по немецкому классу опасности для воды (WGK 1–3), thi_man — по статусу объекта, thi_nat = опасность затопления + сейсмическая опасность, thi_dam — по состоянию дамбы. Баллы — предварительные значения с пометкой [verify] в resources/hazard/thi_scoring.json (для каждого правила указаны источник и статус); замените их там значениями из официальной расчётной таблицы или укажите собственный файл в параметре «Правила балльной оценки THI». Отсутствующее или непригодное входное значение никогда не оценивается в 0 баллов: в этом случае индекс является частичной суммой, &lt;b&gt;thi_complete&lt;/b&gt; равно false, а &lt;b&gt;thi_missing&lt;/b&gt; перечисляет недостающие составляющие (например 'flood;dam_safety'); thi_rank ранжирует все объекты (1 = наибольший индекс), включая объекты с частичной суммой.&lt;br&gt;Опасность затопления и сейсмическая опасность берутся из поля (категория или число) или, если поле равно NULL, из растра в точке объекта (канал 1: глубина затопления при паводке 1% обеспеченности в м; пиковое ускорение грунта в g с вероятностью превышения 10% за 50 лет).&lt;br&gt;&lt;br&gt;&lt;b&gt;Объём выброса и дальность распространения&lt;/b&gt; (VT — объём складированных хвостов, VF — объём выброса, в млн м³, H — высота дамбы в м, Dmax в км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (поля vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, где Hf = H·(VF/VT)·VF (поля vf_cll_m3, runout_cll_km).&lt;br&gt;VF никогда не превышает VT (ограничение max_release_fraction = 1 в resources/hazard/runout_methods.json; в одной из открытых реализаций используется 0.95). Коэффициенты формул дальности распространения там помечены [verify].&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; и &lt;b&gt;runout_km&lt;/b&gt; — центральные оценки: среднее геометрическое двух методов (оба — регрессии в логарифмических координатах) с опубликованными коэффициентами. &lt;b&gt;Диапазоны&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): для каждого метода — интервал предсказания (INTERVAL, по умолчанию 90 %) той же регрессии, заново подобранной методом наименьших квадратов в логарифмических координатах по открытому реестру аварий хвостохранилищ (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): центральная оценка · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). Разброс велик: около ×/÷{fv:.0f} для объёма излива (n = {nv}) и ×/÷{fd:.0f} для дальности распространения (n = {nd}) при 90 %. Покрытие по реестру: {cd:.0%} из {ncd} наблюдённых дальностей и {cv:.0%} из {ncv} объёмов излива попадают в 90-процентный диапазон модуля. Коэффициенты диапазона дополнительно расширяют его (1 = без расширения). interval_level указывает уровень, использованный для строки. runout_km можно передать в tailings:tracedownstream как максимальное расстояние для каждого объекта.&lt;br&gt;&lt;b&gt;Единицы&lt;/b&gt;: VOLUME_UNIT указывает, в чём записан объём — в м³, тыс. м³ или млн м³; пересчёт выполняется до любых формул, а если значения похожи на другую единицу, выдаётся предупреждение.&lt;br&gt;&lt;b&gt;Нет данных — нет оценки&lt;/b&gt;: объект без объёма хранения или высоты дамбы не получает ни объёма излива, ни дальности, ни класса, ни ранга (scenario_source = none), если не задан пользовательский сценарий (дополнительные параметры: объём хранения и высота дамбы); тогда scenario_source = 'user scenario'. thi_rank ранжирует только оценённые объекты; при равенстве объекты получают одинаковый лучший ранг (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Население в зоне риска&lt;/b&gt;: если заданы населённые пункты и реки, путь от каждого объекта прослеживается вниз по речной сети (по направлению оцифровки) до центральной дальности (par) и до верхней границы дальности (par_high), и численность населения населённых пунктов в коридоре этого пути суммируется (та же функция расчёта, что и в tailings:downstreamimpact). Населённые пункты учитываются со всем населением: это грубое приближение. Без населённых пунктов и рек par остаётся NULL и класс не присваивается.&lt;br&gt;&lt;b&gt;Класс последствий&lt;/b&gt; (GISTM 2020, приложение 2, таблица 1) по людям внутри зоны распространения (по умолчанию par_high — консервативно; параметр «Дальность для населения в зоне риска» выбирает центральную; consequence_basis указывает, какая использована): Low (низкий, 0), Significant (значительный, 1–10), High (высокий, 10–100), Very High (очень высокий, 100–1000), Extreme (чрезвычайный, &amp;gt; 1000). Общие граничные значения относятся к нижнему классу (10 → Significant, 100 → High, 1000 → Very High), как следует из условия '&amp;gt; 1,000' в таблице. consequence_by указывает критерий, определивший класс.&lt;br&gt;&lt;br&gt;Некорректные входные данные (объём ≤ 0, высота 0, NULL, неизвестные значения статуса, неправдоподобные объёмы, например значения в млн м³) указываются по каждому объекту в журнале и в hazard_notes. Каждая строка содержит допущения расчёта в поле assumptions.</translation>
    </message>
    <message>
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions). &lt;b&gt;Uncertainty range&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): the spread between the two methods, widened by a factor for the scatter of each regression (default ×/÷ 2 for volume, ×/÷ 3 for runout). The fits are loose: r² = 0.86 for released volume and r² = 0.57 for runout (Rico et al. 2008), and Concha Larrauri &amp;amp; Lall (2018) advise reporting uncertainty bands. The factors are of that order but were not read in either paper (status [verify]); set a band factor of 1 to see the spread between methods alone. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt; (par): when settlements and rivers are given, each facility is traced downstream with tailings:tracedownstream up to its runout distance (central or upper end), and the populations of the settlements within the corridor of that pathway are summed. Settlement points count with their whole population: a coarse proxy. Without settlements and rivers (or without the tracing algorithm) par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the population at risk: Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes.</source>
      <translation type="obsolete">Выполняет предварительную оценку хвостохранилищ до какой-либо трассировки: индекс опасности хвостохранилищ, объём выброса, дальность распространения хвостов, население в зоне риска и класс последствий. Записывает копию слоя объектов с результатами и градуированным стилем по &lt;b&gt;thi&lt;/b&gt;. Это оценки скрининга, а не расчёт прорыва дамбы.&lt;br&gt;&lt;br&gt;&lt;b&gt;Индекс опасности хвостохранилищ&lt;/b&gt; (структура методики ЕЭК ООН / Федерального ведомства по охране окружающей среды Германии для хвостохранилищ (TMF): UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, совместно с МКОРД): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, где thi_cap = log10(объём складированных хвостов в м³), thi_tox — по немецкому классу опасности для воды (WGK 1–3), thi_man — по статусу объекта, thi_nat = опасность затопления + сейсмическая опасность, thi_dam — по состоянию дамбы. Баллы — предварительные значения с пометкой [verify] в resources/hazard/thi_scoring.json (для каждого правила указаны источник и статус); замените их там значениями из официальной расчётной таблицы или укажите собственный файл в параметре «Правила балльной оценки THI». Отсутствующее или непригодное входное значение никогда не оценивается в 0 баллов: в этом случае индекс является частичной суммой, &lt;b&gt;thi_complete&lt;/b&gt; равно false, а &lt;b&gt;thi_missing&lt;/b&gt; перечисляет недостающие составляющие (например 'flood;dam_safety'); thi_rank ранжирует все объекты (1 = наибольший индекс), включая объекты с частичной суммой.&lt;br&gt;Опасность затопления и сейсмическая опасность берутся из поля (категория или число) или, если поле равно NULL, из растра в точке объекта (канал 1: глубина затопления при паводке 1% обеспеченности в м; пиковое ускорение грунта в g с вероятностью превышения 10% за 50 лет).&lt;br&gt;&lt;br&gt;&lt;b&gt;Объём выброса и дальность распространения&lt;/b&gt; (VT — объём складированных хвостов, VF — объём выброса, в млн м³, H — высота дамбы в м, Dmax в км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (поля vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, где Hf = H·(VF/VT)·VF (поля vf_cll_m3, runout_cll_km).&lt;br&gt;VF никогда не превышает VT (ограничение max_release_fraction = 1 в resources/hazard/runout_methods.json; в одной из открытых реализаций используется 0.95). Коэффициенты формул дальности распространения там помечены [verify].&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; и &lt;b&gt;runout_km&lt;/b&gt; — центральные оценки: среднее геометрическое двух методов (оба — регрессии в логарифмических координатах). &lt;b&gt;Диапазон неопределённости&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): разброс между двумя методами, расширенный на коэффициент, учитывающий рассеяние каждой регрессии (по умолчанию ×/÷ 2 для объёма, ×/÷ 3 для дальности распространения). Аппроксимации грубые: r² = 0.86 для объёма выброса и r² = 0.57 для дальности распространения (Rico et al. 2008), и Concha Larrauri &amp;amp; Lall (2018) рекомендуют приводить диапазоны неопределённости. Коэффициенты имеют такой порядок, но не взяты непосредственно ни из одной из статей (статус [verify]); задайте коэффициент диапазона 1, чтобы увидеть только разброс между методами. runout_km можно передать в tailings:tracedownstream как максимальное расстояние для каждого объекта.&lt;br&gt;&lt;br&gt;&lt;b&gt;Население в зоне риска&lt;/b&gt; (par): если заданы населённые пункты и реки, путь от каждого объекта прослеживается вниз по течению с помощью tailings:tracedownstream на его дальность распространения (центральную оценку или верхнюю границу диапазона), и численность населения населённых пунктов в коридоре этого пути суммируется. Населённые пункты, заданные точками, учитываются со всем населением: это грубое приближение. Без населённых пунктов и рек (или без алгоритма трассировки) par остаётся NULL и класс не присваивается.&lt;br&gt;&lt;b&gt;Класс последствий&lt;/b&gt; (GISTM 2020, приложение 2, таблица 1) по населению в зоне риска: Low (низкий, 0), Significant (значительный, 1–10), High (высокий, 10–100), Very High (очень высокий, 100–1000), Extreme (чрезвычайный, &amp;gt; 1000). Общие граничные значения относятся к нижнему классу (10 → Significant, 100 → High, 1000 → Very High), как следует из условия '&amp;gt; 1,000' в таблице. consequence_by указывает критерий, определивший класс.&lt;br&gt;&lt;br&gt;Некорректные входные данные (объём ≤ 0, высота 0, NULL, неизвестные значения статуса, неправдоподобные объёмы, например значения в млн м³) указываются по каждому объекту в журнале и в hazard_notes.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/hazard_help.py" line="14" />
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks the assessed facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions), with the published coefficients. &lt;b&gt;Ranges&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): per method the prediction interval (INTERVAL, 90 % by default) of a log-log least-squares refit of the same regression on the public record of tailings dam failures (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): central · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). The scatter is large: about ×/÷{fv:.0f} for the released volume (n = {nv}) and ×/÷{fd:.0f} for the runout (n = {nd}) at 90 %. Coverage on the record: {cd:.0%} of {ncd} observed runouts and {cv:.0%} of {ncv} released volumes lie inside the plugin's 90 % range. The band factors multiply the range further (1 = none). interval_level says which level a row uses. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;b&gt;Units&lt;/b&gt;: VOLUME_UNIT says whether the volume field is in m³, thousand m³ (тыс. м³) or million m³; it is applied before any formula, and a warning says when the values look like another unit.&lt;br&gt;&lt;b&gt;Missing is missing&lt;/b&gt;: a facility without stored volume or dam height gets no released volume, no runout, no class and no rank (scenario_source = none), unless a user scenario (advanced: stored volume and dam height) is given; scenario_source then says 'user scenario'. thi_rank ranks the assessed facilities only; ties share the best rank (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt;: when settlements and rivers are given, each facility is traced down the river network (digitised direction) to its central runout (par) and to its upper runout (par_high), and the populations of the settlements within the corridor of that pathway are summed (the same engine function as tailings:downstreamimpact). Settlements count with their whole population: a coarse proxy. Without settlements and rivers par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone (par_high by default, conservative; 'Runout used for the population at risk' picks the central one; consequence_basis says which): Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes. Every row carries the run's assumptions in the field assumptions.</source>
      <translation>Выполняет предварительную оценку хвостохранилищ до какой-либо трассировки: индекс опасности хвостохранилищ, объём излившихся хвостов, дальность распространения хвостов, население в зоне риска и класс последствий. Записывает копию слоя объектов с результатами и градуированным стилем по &lt;b&gt;thi&lt;/b&gt;. Это оценки скрининга, а не расчёт прорыва дамбы.&lt;br&gt;&lt;br&gt;&lt;b&gt;Индекс опасности хвостохранилищ&lt;/b&gt; (структура методики ЕЭК ООН / Федерального ведомства по охране окружающей среды Германии для хвостохранилищ (TMF): UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, совместно с МКЗД): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, где thi_cap = log10(объём складированных хвостов в м³), thi_tox — по немецкому классу опасности для воды (WGK 1–3), thi_man — по статусу объекта, thi_nat = опасность затопления + сейсмическая опасность, thi_dam — по состоянию дамбы. Баллы — предварительные значения с пометкой [verify] в resources/hazard/thi_scoring.json (для каждого правила указаны источник и статус); замените их там значениями из официальной расчётной таблицы или укажите собственный файл в параметре «Правила балльной оценки THI». Отсутствующее или непригодное входное значение никогда не оценивается в 0 баллов: в этом случае индекс является частичной суммой, &lt;b&gt;thi_complete&lt;/b&gt; равно false, а &lt;b&gt;thi_missing&lt;/b&gt; перечисляет недостающие составляющие (например 'flood;dam_safety'); thi_rank ранжирует оценённые объекты (1 = наибольший индекс), включая объекты с частичной суммой.&lt;br&gt;Опасность затопления и сейсмическая опасность берутся из поля (категория или число) или, если поле равно NULL, из растра в точке объекта (канал 1: глубина затопления при паводке 1% обеспеченности в м; пиковое ускорение грунта в g с вероятностью превышения 10% за 50 лет).&lt;br&gt;&lt;br&gt;&lt;b&gt;Объём излившихся хвостов и дальность распространения&lt;/b&gt; (VT — объём складированных хвостов, VF — объём излившихся хвостов, в млн м³, H — высота дамбы в м, Dmax в км):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (поля vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545, где Hf = H·(VF/VT)·VF (поля vf_cll_m3, runout_cll_km).&lt;br&gt;VF никогда не превышает VT (ограничение max_release_fraction = 1 в resources/hazard/runout_methods.json; в одной из открытых реализаций используется 0.95). Коэффициенты формул дальности распространения там помечены [verify].&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; и &lt;b&gt;runout_km&lt;/b&gt; — центральные оценки: среднее геометрическое двух методов (оба — регрессии в логарифмических координатах) с опубликованными коэффициентами. &lt;b&gt;Диапазоны&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): для каждого метода — интервал предсказания (INTERVAL, по умолчанию 90 %) той же регрессии, заново подобранной методом наименьших квадратов в логарифмических координатах по открытому реестру аварий хвостохранилищ (Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): центральная оценка · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). Разброс велик: около ×/÷{fv:.0f} для объёма излива (n = {nv}) и ×/÷{fd:.0f} для дальности распространения (n = {nd}) при 90 %. Покрытие по реестру: {cd:.0%} из {ncd} наблюдённых дальностей и {cv:.0%} из {ncv} объёмов излива попадают в 90-процентный диапазон модуля. Коэффициенты диапазона дополнительно расширяют его (1 = без расширения). interval_level указывает уровень, использованный для строки. runout_km можно передать в tailings:tracedownstream как максимальное расстояние для каждого объекта.&lt;br&gt;&lt;b&gt;Единицы&lt;/b&gt;: VOLUME_UNIT указывает, в чём записан объём — в м³, тыс. м³ или млн м³; пересчёт выполняется до любых формул, а если значения похожи на другую единицу, выдаётся предупреждение.&lt;br&gt;&lt;b&gt;Нет данных — нет оценки&lt;/b&gt;: объект без объёма хранения или высоты дамбы не получает ни объёма излива, ни дальности, ни класса, ни ранга (scenario_source = none), если не задан пользовательский сценарий (дополнительные параметры: объём хранения и высота дамбы); тогда scenario_source = 'user scenario'. thi_rank ранжирует только оценённые объекты; при равенстве объекты получают одинаковый лучший ранг (1, 2, 2, 4).&lt;br&gt;&lt;br&gt;&lt;b&gt;Население в зоне риска&lt;/b&gt;: если заданы населённые пункты и реки, путь от каждого объекта прослеживается вниз по речной сети (по направлению оцифровки) до центральной дальности (par) и до верхней границы дальности (par_high), и численность населения населённых пунктов в коридоре этого пути суммируется (та же функция расчёта, что и в tailings:downstreamimpact). Населённые пункты учитываются со всем населением: это грубое приближение. Без населённых пунктов и рек par остаётся NULL и класс не присваивается.&lt;br&gt;&lt;b&gt;Класс последствий&lt;/b&gt; (GISTM 2020, приложение 2, таблица 1) по людям внутри зоны распространения (по умолчанию par_high — консервативно; параметр «Дальность для населения в зоне риска» выбирает центральную; consequence_basis указывает, какая использована): Low (низкий, 0), Significant (значительный, 1–10), High (высокий, 10–100), Very High (очень высокий, 100–1000), Extreme (чрезвычайный, &amp;gt; 1000). Общие граничные значения относятся к нижнему классу (10 → Significant, 100 → High, 1000 → Very High), как следует из условия '&amp;gt; 1,000' в таблице. consequence_by указывает критерий, определивший класс.&lt;br&gt;&lt;br&gt;Некорректные входные данные (объём ≤ 0, высота 0, NULL, неизвестные значения статуса, неправдоподобные объёмы, например значения в млн м³) указываются по каждому объекту в журнале и в hazard_notes. Каждая строка содержит допущения расчёта в поле assumptions.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="101" />
      <source>Secondary commodity</source>
      <translation>Попутное полезное ископаемое</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="68" />
      <source>Seismic hazard field (low / moderate / high or PGA g)</source>
      <translation>Поле сейсмической опасности (значения: low / moderate / high — низкая / умеренная / высокая, или PGA, g)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="124" />
      <source>Seismic hazard raster, PGA (g)</source>
      <translation>Растр сейсмической опасности, PGA (g)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="74" />
      <source>Seo and Cheong (1998)</source>
      <translation>Со и Чхон (1998)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="74" />
      <source>Separate drainage systems</source>
      <translation>Обособленные речные системы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="61" />
      <source>Sets the snap distance of the panel's downstream runs in this project to {distance}.</source>
      <translation>Задаёт для расчётов панели в этом проекте расстояние привязки к реке {distance}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="54" />
      <source>Settlement</source>
      <translation>Населённый пункт</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="238" />
      <source>Settlement name field</source>
      <translation>Поле названия населённого пункта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="46" />
      <source>Settlement names in that language: field of the settlement layer (empty: name_ru for Russian, name_kk for Kazakh, when the layer has it)</source>
      <translation>Названия населённых пунктов на этом языке: поле слоя населённых пунктов (пусто: name_ru для русского, name_kk для казахского, если такое поле есть в слое)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="296" />
      <source>Settlement, by population</source>
      <translation>Населённые пункты (по численности населения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="209" />
      <source>Settlements</source>
      <translation>Населённые пункты</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="24" />
      <source>Settlements (GeoNames)</source>
      <translation>Населённые пункты (GeoNames)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="229" />
      <source>Settlements (default: bundled sample)</source>
      <translation>Населённые пункты (по умолчанию: прилагаемые демонстрационные данные)</translation>
    </message>
    <message>
      <source>Settlements (for the population at risk)</source>
      <translation type="obsolete">Населённые пункты (для расчёта населения в зоне риска)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="63" />
      <source>Settlements downstream</source>
      <translation>Населённые пункты ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="42" />
      <source>Settlements exposed</source>
      <translation>Населённые пункты в зоне воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="67" />
      <source>Settlements of unknown population</source>
      <translation>Населённые пункты с неизвестной численностью населения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="292" />
      <source>Settlements, for their names (default: bundled sample)</source>
      <translation>Населённые пункты, для названий (по умолчанию: прилагаемые демонстрационные данные)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="162" />
      <source>Shared facility registry</source>
      <translation>Общий реестр хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="62" />
      <source>Show in the card and the profile only the places reached within this time</source>
      <translation>Показывать в карточке и на профиле только пункты, которых волна достигает за это время</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="97" />
      <source>Show in the chart only the facilities that arrive within this time</source>
      <translation>Показывать на графике только объекты, от которых излив дойдёт за это время</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="27" />
      <source>Siachen Glacier</source>
      <translation>ледник Сиачен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="34" />
      <source>Significant</source>
      <translation>Значительный</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="276" />
      <source>Slope field (m/m)</source>
      <translation>Поле уклона (м/м)</translation>
    </message>
    <message>
      <source>Snap distance (m)</source>
      <translation type="obsolete">Расстояние привязки (м)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="121" />
      <source>Snap distance from a facility to the river network (m)</source>
      <translation>Расстояние привязки объекта к речной сети (м)</translation>
    </message>
    <message>
      <source>Snap distance to the river (m)</source>
      <translation type="obsolete">Расстояние привязки к реке (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="168" />
      <source>Snap distance to the river network</source>
      <translation>Расстояние привязки к речной сети</translation>
    </message>
    <message>
      <source>Snap distance to the river network for the population at risk (m)</source>
      <translation type="obsolete">Расстояние привязки к речной сети для расчёта населения в зоне риска (м)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="233" />
      <source>Snapping {n} facilities to the river network...</source>
      <translation>Привязка объектов к речной сети (объектов: {n})...</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="143" />
      <source>Some exposed places lie within the lateral mixing length of the release (Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it can be higher.</source>
      <translation>Некоторые затрагиваемые пункты находятся в пределах длины поперечного перемешивания от места поступления в реку (Fischer et al. 1979): для них пиковая концентрация — средняя по поперечному сечению; у берега она может быть выше.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="53" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="313" />
      <source>Spreadsheet (XLSX)</source>
      <translation>Электронная таблица (XLSX)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="46" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="355" />
      <source>Status and inspection</source>
      <translation>Статус и обследования</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="35" />
      <source>Status field</source>
      <translation>Поле статуса</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="62" />
      <source>Status field (operating / inactive / closed / abandoned …)</source>
      <translation>Поле статуса (значения: operating / inactive / closed / abandoned … — действующее / неэксплуатируемое / закрытое / заброшенное)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="48" />
      <source>Stored volume</source>
      <translation>Объём складированных хвостов</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="49" />
      <source>Stored volume (m³)</source>
      <translation>Объём складированных хвостов (м³)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="295" />
      <source>Stored volume (volume_m3)</source>
      <translation>Объём складированных хвостов (volume_m3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="59" />
      <source>Stored volume field (m³)</source>
      <translation>Поле объёма складированных хвостов (м³)</translation>
    </message>
    <message>
      <source>Stored volume must be greater than 0 m³, found {v:g}.</source>
      <translation type="obsolete">Объём складированных хвостов должен быть больше 0 м³, получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="298" />
      <source>Stored volume must be greater than 0 m³, found {v}.</source>
      <translation>Объём складированных хвостов должен быть больше 0 м³, получено {v}.</translation>
    </message>
    <message>
      <source>Stored volume {v:g} m³ is outside the plausible range {lo:g}–{hi:g} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation type="obsolete">Объём складированных хвостов {v:g} м³ вне правдоподобного диапазона {lo:g}–{hi:g} м³: указан ли объём в м³ (а не в млн м³ или тыс. м³)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="306" />
      <source>Stored volume {v} m³ is outside the plausible range {lo}–{hi} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation>Объём складированных хвостов {v} м³ вне правдоподобного диапазона {lo}–{hi} м³: указан ли объём в м³ (а не в млн м³ или тыс. м³)?</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="229" />
      <source>Summary by facility</source>
      <translation>Сводка по объектам</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="238" />
      <source>Summary: earliest arrival first</source>
      <translation>Сводка: сначала наименьшее время добегания</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="276" />
      <source>THI</source>
      <translation>THI</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="36" />
      <source>THI rank</source>
      <translation>Ранг по THI</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="142" />
      <source>THI scoring rules (JSON; default: bundled thi_scoring.json)</source>
      <translation>Правила балльной оценки THI (JSON; по умолчанию: прилагаемый thi_scoring.json)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="143" />
      <source>Table (CSV)</source>
      <translation>Таблица (CSV)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="132" />
      <source>Tables: {schema}.{table}, {schema}.{history}; warnings view: {schema}.{view}.</source>
      <translation>Таблицы: {schema}.{table}, {schema}.{history}; представление предупреждений: {schema}.{view}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="291" />
      <source>Tailings</source>
      <translation>Хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="404" />
      <source>Tailings Hazard Index (THI)</source>
      <translation>Индекс опасности хвостохранилищ (THI)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="275" />
      <source>Tailings Hazard Index from the hazard screening (higher = more hazardous)</source>
      <translation>Индекс опасности хвостохранилищ по результатам предварительной оценки опасности (чем выше, тем опаснее)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="61" />
      <source>Tailings downstream impact {version}</source>
      <translation>Воздействие хвостохранилищ ниже по течению {version}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="339" />
      <source>Tailings downstream-impact plugin</source>
      <translation>Модуль QGIS «Воздействие хвостохранилищ ниже по течению»</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="72" />
      <source>Tailings facilities</source>
      <translation>Хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="108" />
      <source>Tailings facilities (for their names)</source>
      <translation>Хвостохранилища (для названий)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="224" />
      <source>Tailings facilities (hazard screening output)</source>
      <translation>Хвостохранилища (результат предварительной оценки опасности)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="72" />
      <source>Tailings facilities panel</source>
      <translation>Панель хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="333" />
      <source>Tailings facilities: downstream impact maps</source>
      <translation>Хвостохранилища: карты воздействия ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="178" />
      <source>Tailings facilities: downstream impact screening</source>
      <translation>Хвостохранилища: предварительная оценка воздействия ниже по течению</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="105" />
      <source>Tailings facility registry</source>
      <translation>Реестр хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="122" />
      <source>Tailings sample data</source>
      <translation>Демонстрационные данные по хвостохранилищам</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="17" />
      <source>Tajikistan</source>
      <translation>Таджикистан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="159" />
      <source>The A3 template adds a second page per facility with the downstream profile chart (arrival and peak time along the pathway, settlements sized by population, border crossings, 6/24/72 h marks, peak concentration with its band); a template of your own gets it from a picture item with the id profile_chart.</source>
      <translation>Шаблон A3 добавляет для каждого объекта вторую страницу с графиком профиля вниз по течению (время добегания и пика вдоль пути, населённые пункты по размеру населения, пересечения границ, отметки 6/24/72 ч, пиковая концентрация с разбросом); собственный шаблон получает его через элемент-рисунок с идентификатором profile_chart.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="374" />
      <source>The DEM could not be opened; the maps have no relief.</source>
      <translation>Не удалось открыть ЦМР; на картах нет рельефа.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="393" />
      <source>The DEM could not be shaded; the maps have no relief.</source>
      <translation>Не удалось построить отмывку ЦМР; на картах нет рельефа.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="149" />
      <source>The DEM direction needs a DEM raster layer (DEM).</source>
      <translation>Для направления по ЦМР нужен растровый слой ЦМР (DEM).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="155" />
      <source>The DEM direction needs an elevation sampler (a DEM layer).</source>
      <translation>Для определения направления течения по ЦМР нужен источник высот (слой ЦМР).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="174" />
      <source>The DEM gives no elevation at any reach end (all nodata, or it does not cover the rivers): the flow direction cannot be taken from it. Use a DEM covering the rivers, or another direction source.</source>
      <translation>ЦМР не даёт высоты ни в одном конце участков (все значения NoData или ЦМР не покрывает реки): направление течения по ней определить нельзя. Используйте ЦМР, покрывающую реки, или другой источник направления.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="119" />
      <source>The DEM has no coordinate reference system; set it in the layer properties.</source>
      <translation>У ЦМР не задана система координат; задайте её в свойствах слоя.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="115" />
      <source>The DEM must be a raster file (GDAL provider); save it as GeoTIFF first.</source>
      <translation>ЦМР должна быть растровым файлом (провайдер GDAL); сначала сохраните её в формате GeoTIFF.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="112" />
      <source>The DEM raster layer could not be opened.</source>
      <translation>Не удалось открыть растровый слой ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="92" />
      <source>The DEM {path} has no coordinate reference system; assign one (e.g. EPSG:4326).</source>
      <translation>У ЦМР {path} не задана система координат; назначьте её (например, EPSG:4326).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="85" />
      <source>The DEM {path} is rotated or sheared; warp it to a north-up grid first.</source>
      <translation>ЦМР {path} повёрнута или имеет скос осей; сначала трансформируйте её в сетку, ориентированную на север.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="111" />
      <source>The PDF {path} could not be written ({error}).</source>
      <translation>Не удалось записать PDF {path} ({error}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="228" />
      <source>The Processing plugin is not enabled.</source>
      <translation>Модуль Processing не включён.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="149" />
      <source>The algorithm needs more parameters.</source>
      <translation>Алгоритму нужны дополнительные параметры.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="125" />
      <source>The algorithm {id} is not available.</source>
      <translation>Алгоритм {id} недоступен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="281" />
      <source>The assumed slope must be positive (m/m).</source>
      <translation>Принятый уклон должен быть положительным (м/м).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="82" />
      <source>The atlas has no page to render.</source>
      <translation>В атласе нет листов для вывода.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/borders.py" line="184" />
      <source>The border tolerance must be 0 or a positive number of km.</source>
      <translation>Допуск для границы должен быть равен 0 или положительному числу км.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="63" />
      <source>The compiled flow-path engine needs numba (Debian/Ubuntu: python3-numba; conda: numba).</source>
      <translation>Для компилируемого модуля расчёта путей стока нужен numba (Debian/Ubuntu: python3-numba; conda: numba).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="124" />
      <source>The connection string contains a password: it would be stored in the project with the layer. Use a QGIS connection with an authentication configuration or a pg_service.conf service instead.</source>
      <translation>Строка подключения содержит пароль: он будет сохранён в проекте вместе со слоем. Используйте подключение QGIS с конфигурацией аутентификации или сервис pg_service.conf.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="219" />
      <source>The consequence class counts the people inside the runout zone only; the downstream exposure (settlements and population along the pathway) is shown beside it.</source>
      <translation>Класс последствий учитывает только население в зоне распространения хвостов; подверженность ниже по течению (населённые пункты и население вдоль пути) показана рядом с ним.</translation>
    </message>
    <message>
      <source>The constant velocity must be positive (m/s), found {v:g}.</source>
      <translation type="obsolete">Постоянная скорость течения должна быть положительной (м/с), получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="260" />
      <source>The constant velocity must be positive (m/s), found {v}.</source>
      <translation>Постоянная скорость течения должна быть положительной (м/с), получено {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="81" />
      <source>The coordinate reference system {crs} is not valid: choose another one.</source>
      <translation>Система координат {crs} недействительна: выберите другую.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="427" />
      <source>The corridor width must be a positive number of metres (got {c}).</source>
      <translation>Ширина коридора должна быть положительным числом метров (получено {c}).</translation>
    </message>
    <message>
      <source>The corridor width {c:.0f} m is too large; use at most 200 km.</source>
      <translation type="obsolete">Ширина коридора {c:.0f} м слишком велика; используйте не более 200 км.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="431" />
      <source>The corridor width {c} m is too large; use at most 200 km.</source>
      <translation>Ширина коридора {c} м слишком велика; используйте не более 200 км.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="201" />
      <source>The country '{c}' is not in the country field. Values found: {v}.</source>
      <translation>Страны «{c}» нет в поле страны. Найденные значения: {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="288" />
      <source>The country layer has no country code or name field that could be guessed: choose COUNTRY_FIELD (e.g. ADM0_A3).</source>
      <translation>В слое стран не удалось определить поле кода или названия страны: выберите COUNTRY_FIELD (например, ADM0_A3).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="295" />
      <source>The country layer has no usable polygon.</source>
      <translation>В слое стран нет пригодных полигонов.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="132" />
      <source>The database refused the import: {reason}</source>
      <translation>База данных отклонила импорт: {reason}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="106" />
      <source>The database refused to create the registry: {reason}</source>
      <translation>База данных отказалась создать реестр: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="233" />
      <source>The decay or settling rate must be 0 or positive (per hour).</source>
      <translation>Коэффициент убыли (распада или осаждения) должен быть равен 0 или положительным (1/ч).</translation>
    </message>
    <message>
      <source>The depression near {lon:.4f} E, {lat:.4f} N drains only over a spill at {z:.1f} m; {n} cells were flooded to find it.</source>
      <translation type="obsolete">Понижение около {lon:.4f} в. д., {lat:.4f} с. ш. имеет сток только через порог перелива на отметке {z:.1f} м; для его поиска затоплено ячеек: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_fast.py" line="292" />
      <source>The depression near {lon} E, {lat} N drains only over a spill at {z} m; {n} cells were flooded to find it.</source>
      <translation>Понижение около {lon} в. д., {lat} с. ш. имеет сток только через порог перелива на отметке {z} м; для его поиска затоплено ячеек: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="200" />
      <source>The dispersion coefficient chosen above</source>
      <translation>Коэффициент дисперсии, выбранный выше</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="532" />
      <source>The downstream layers in the project hold no rows for it.</source>
      <translation>В слоях воздействия ниже по течению в проекте нет записей для него.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="165" />
      <source>The elevation sampler returned {k} values for {n} points.</source>
      <translation>Источник высот вернул значений: {k}, а точек: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="260" />
      <source>The existing registry is in EPSG:{have}, not EPSG:{wanted}: run again with CRS EPSG:{have}.</source>
      <translation>Существующий реестр в EPSG:{have}, а не в EPSG:{wanted}: запустите снова с системой координат EPSG:{have}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="333" />
      <source>The existing registry {schema}.{table} cannot be upgraded; nothing was changed:</source>
      <translation>Существующий реестр {schema}.{table} нельзя обновить; ничего не изменено:</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="123" />
      <source>The facilities ({f}) and the DEM ({d}) use different coordinate reference systems; the facilities are reprojected to the DEM.</source>
      <translation>Объекты ({f}) и ЦМР ({d}) заданы в разных системах координат; объекты перепроецируются в систему координат ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="185" />
      <source>The facility id '{id}' is used by {n} features ({fids}): ids must be unique.</source>
      <translation>Идентификатор объекта «{id}» повторяется (объектов: {n}; {fids}): идентификаторы должны быть уникальными.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="276" />
      <source>The facility layer could not be opened.</source>
      <translation>Не удалось открыть слой хвостохранилищ.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="304" />
      <source>The facility layer has no facility with an id and a location.</source>
      <translation>В слое хвостохранилищ нет ни одного объекта с идентификатором и местоположением.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="281" />
      <source>The facility layer has no field '{f}'. Available fields: {names}.</source>
      <translation>В слое хвостохранилищ нет поля «{f}». Доступные поля: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="161" />
      <source>The facility layer lacks '{id}' or '{name}': facilities are named by their id.</source>
      <translation>В слое объектов нет поля «{id}» или «{name}»: объекты названы по идентификатору.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="146" />
      <source>The failure record fit has no regression {name!r}; known: {known}.</source>
      <translation>В подгонке по реестру аварий нет регрессии {name!r}; известны: {known}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="87" />
      <source>The field '{field}' ({label}) is not in the layer. Available fields: {available}.</source>
      <translation>Поля «{field}» ({label}) нет в слое. Доступные поля: {available}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="227" />
      <source>The field '{f}' ({label}) is not in the layer.</source>
      <translation>Поля '{f}' ({label}) нет в слое.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="323" />
      <source>The field '{f}' is not in the facility layer.</source>
      <translation>Поля '{f}' нет в слое объектов.</translation>
    </message>
    <message>
      <source>The flow path from {lon:.5f} E, {lat:.5f} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation type="obsolete">Путь стока от точки {lon:.5f} в. д., {lat:.5f} с. ш. не имеет перепада высот: ЦМР здесь плоская, поэтому путь лишь следует кратчайшим маршрутом за пределы плоского участка ({reason}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="373" />
      <source>The flow path from {lon} E, {lat} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation>Путь стока от точки {lon} в. д., {lat} с. ш. не имеет перепада высот: ЦМР здесь плоская, поэтому путь лишь следует кратчайшим маршрутом за пределы плоского участка ({reason}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="256" />
      <source>The folder {folder} of the output '{out}' does not exist. Create it or choose another.</source>
      <translation>Папка {folder} для результата «{out}» не существует. Создайте её или выберите другую.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="262" />
      <source>The folder {folder} of the output '{out}' is read-only: choose a folder you can write to.</source>
      <translation>Папка {folder} для результата «{out}» доступна только для чтения: выберите папку, в которую можно записывать.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="453" />
      <source>The hazard index style was not loaded: {m}</source>
      <translation>Стиль индекса опасности не загружен: {m}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/network_io.py" line="100" />
      <source>The id direction needs REACH_ID_FIELD and DOWNSTREAM_ID_FIELD.</source>
      <translation>Для определения направления течения по идентификаторам нужны параметры REACH_ID_FIELD и DOWNSTREAM_ID_FIELD.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="295" />
      <source>The id direction needs a reach-id field and a downstream-id field.</source>
      <translation>Для определения направления течения по идентификаторам нужны поле идентификатора участка и поле идентификатора нижележащего участка.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="422" />
      <source>The input field '{f}' is replaced by the result of the same name.</source>
      <translation>Входное поле '{f}' заменяется одноимённым полем результата.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="146" />
      <source>The inputs do not record the run parameters.</source>
      <translation>Входные данные не содержат параметров расчёта.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="158" />
      <source>The interval level must be a number, found {v!r}.</source>
      <translation>Уровень интервала должен быть числом, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="163" />
      <source>The interval level must be between 0 and 99.9 %, found {v!r}.</source>
      <translation>Уровень интервала должен быть от 0 до 99,9 %, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="166" />
      <source>The layer has no CRS: coordinates are taken as they are.</source>
      <translation>У слоя нет системы координат: координаты берутся как есть.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="95" />
      <source>The layer has no coordinate reference system.</source>
      <translation>У слоя не задана система координат.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="148" />
      <source>The layer has no field '{f}': name the field that holds it.</source>
      <translation>В слое нет поля '{f}': укажите поле, в котором оно хранится.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="183" />
      <source>The layer {layer} lacks the fields {fields}: give the outputs of tailings:borderwatch.</source>
      <translation>В слое {layer} нет полей {fields}: укажите выходные слои tailings:borderwatch.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="55" />
      <source>The layer {layer} lacks the fields {fields}: give the outputs of tailings:upstreamsources.</source>
      <translation>В слое {layer} нет полей {fields}: укажите выходные слои tailings:upstreamsources.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="417" />
      <source>The layer {layer} of {path} was replaced; its other layers were kept.</source>
      <translation>Слой {layer} в {path} заменён; остальные слои файла сохранены.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="110" />
      <source>The layers use different coordinate reference systems ({parts}); all are reprojected to WGS 84 for the analysis.</source>
      <translation>Слои заданы в разных системах координат ({parts}); для анализа все они перепроецируются в WGS 84.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="202" />
      <source>The layout template {name} cannot be used: {problems}. Give each item its id in QGIS (Item Properties ▸ Item ID) or start from the bundled template.</source>
      <translation>Шаблон макета {name} нельзя использовать: {problems}. Задайте каждому элементу его идентификатор в QGIS (Свойства элемента ▸ ID элемента) или возьмите за основу встроенный шаблон.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="131" />
      <source>The layout template {path} does not exist.</source>
      <translation>Шаблон макета {path} не существует.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="137" />
      <source>The layout template {path} is not valid XML.</source>
      <translation>Шаблон макета {path} не является корректным XML.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="231" />
      <source>The leading-edge fraction must lie between 0 and 1.</source>
      <translation>Доля для определения переднего фронта должна быть в пределах от 0 до 1.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="373" />
      <source>The map folder {f} does not exist.</source>
      <translation>Папка карт {f} не существует.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="134" />
      <source>The map of facility {fid} could not be written to {path} (QGIS error {code}).</source>
      <translation>Не удалось записать карту объекта {fid} в {path} (ошибка QGIS {code}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="156" />
      <source>The maximum fill depth must be zero or positive.</source>
      <translation>Максимальная глубина заполнения понижений должна быть нулевой или положительной.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="191" />
      <source>The node tolerance must be zero or positive, not {t}.</source>
      <translation>Допуск узлов должен быть нулевым или положительным, а не {t}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="406" />
      <source>The other way round from tailings:downstreamimpact: for each receptor (a water intake, a town, a gauging station) every facility whose downstream pathway passes it, with the distance along the river (dist_km, overland leg included), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l, with the spread over the four dispersion formulas in peak_conc_lo/hi_mg_l).&lt;br&gt;A receptor is reached on every reach within the receptor snap distance (a town at a confluence is reached down either river; the nearest point counts, as in the corridor search of tailings:downstreamimpact); facilities join the network as in tailings:tracedownstream. The river network, flow direction, main stem and hydraulics are those of tailings:downstreamimpact, so both give the same distance and arrival for a facility and a receptor on its pathway.&lt;br&gt;&lt;b&gt;Method&lt;/b&gt;: one pass for all receptors, not one trace per pair. Along the network the distance, travel time tau = sum L/U and passage-time variance sigma² = sum 2·K·L/U³ (frozen cloud, Fischer et al. 1979) from every reach to the end of its downstream chain are summed once by pointer doubling; a facility reaches a receptor when the receptor lies the right number of steps down its chain (binary lifting, Bender &amp;amp; Farach-Colton 2000). Without a main stem, pathways that meet a bifurcation follow all branches: a shortest-distance walk upstream from the receptor (Dijkstra 1959). Velocity: constant, per-reach field or from discharge (Leopold &amp;amp; Maddock 1953; Raymond et al. 2012); dispersion K from Fischer (1975), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak C = M/(Q·√(2πσ²)) at the receptor; leading edge 0.89 × time to peak (Jobson 1996).&lt;br&gt;MAX_DISTANCE (km) and MAX_TIME_H (h of arrival) limit the pairs. With a country layer, countries lists the countries the release passes on the way (border stretches merged within the border tolerance, as in tailings:downstreamimpact).&lt;br&gt;OUTPUT: one line per receptor × facility (the river stretch from the facility to the receptor, the first piece an assumed straight overland leg), ordered by arrival (rank 1 = first). SUMMARY: one point per receptor with the number of facilities, the earliest arrival and from which facility, and the hazard index and consequence class of the worst facility when the facility layer carries them (e.g. the output of tailings:hazardscreening: thi, consequence_class).&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model.</source>
      <translation>Обратная задача к tailings:downstreamimpact: для каждого объекта воздействия (водозабор, населённый пункт, гидропост) — все объекты, путь распространения которых вниз по течению проходит через него, с расстоянием вдоль реки (dist_km, включая участок по поверхности), временем добегания фронта (arrival_h), временем пика (peak_h) и пиковой концентрацией (peak_conc_mg_l, с разбросом по четырём формулам дисперсии в peak_conc_lo/hi_mg_l).&lt;br&gt;Объект воздействия достигается на каждом участке реки в пределах расстояния привязки объекта воздействия (населённый пункт при слиянии рек достигается по любой из них; учитывается ближайшая точка, как при поиске в коридоре в tailings:downstreamimpact); объекты привязываются к сети как в tailings:tracedownstream. Речная сеть, направление течения, главное русло и гидравлика — те же, что в tailings:downstreamimpact, поэтому оба алгоритма дают одинаковые расстояние и время добегания для объекта и объекта воздействия на его пути.&lt;br&gt;&lt;b&gt;Метод&lt;/b&gt;: один проход для всех объектов воздействия, а не отдельная трассировка для каждой пары. Расстояние, время добегания tau = sum L/U и дисперсия времени прохождения sigma² = sum 2·K·L/U³ (приближение «замороженного облака», Fischer et al. 1979) от каждого участка до конца его цепочки вниз по течению суммируются один раз методом удвоения указателей; объект достигает объекта воздействия, если тот лежит на нужное число шагов ниже по его цепочке (двоичный подъём, Bender &amp;amp; Farach-Colton 2000). Без главного русла пути, встречающие бифуркацию, идут по всем рукавам: поиск кратчайшего пути вверх по течению от объекта воздействия (Dijkstra 1959). Скорость: постоянная, из поля участка или по расходу (Leopold &amp;amp; Maddock 1953; Raymond et al. 2012); коэффициент дисперсии K по Fischer (1975), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) или Seo &amp;amp; Cheong (1998); пиковая концентрация C = M/(Q·√(2πσ²)) у объекта воздействия; фронт — 0,89 × время до пика (Jobson 1996).&lt;br&gt;MAX_DISTANCE (км) и MAX_TIME_H (ч до прихода фронта) ограничивают пары. Со слоем стран поле countries перечисляет страны, через которые проходит излив (участки вдоль границы объединяются в пределах допуска, как в tailings:downstreamimpact).&lt;br&gt;OUTPUT: одна линия на пару «объект воздействия × объект» (участок реки от объекта до объекта воздействия; первый фрагмент — условный прямой участок по поверхности), по возрастанию времени добегания (rank 1 = первый). SUMMARY: одна точка на объект воздействия с числом объектов, самым ранним временем добегания и его объектом, а также индексом опасности и классом последствий наиболее опасного объекта, если они есть в слое объектов (например, результат tailings:hazardscreening: thi, consequence_class).&lt;br&gt;Оценки для планирования действий в ЧС, а не откалиброванная модель оповещения.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="228" />
      <source>The output '{out}' ({path}) is the input '{inp}': writing it would destroy the input. Choose another file name.</source>
      <translation>Результат «{out}» ({path}) совпадает с входными данными «{inp}»: запись уничтожила бы входные данные. Выберите другое имя файла.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="197" />
      <source>The output '{out}' names a layer with '|layername=', which QGIS cannot write. Write to a GeoPackage layer with ogr:dbname='{path}' table="{layer}" (geom), or to a file.</source>
      <translation>Для результата «{out}» указан слой через «|layername=», а QGIS не может записать такой путь. Укажите слой GeoPackage в виде ogr:dbname='{path}' table="{layer}" (geom) или отдельный файл.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/upstream.py" line="437" />
      <source>The overland leg needs a constant velocity (m/s).</source>
      <translation>Для участка по поверхности нужна постоянная скорость (м/с).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="224" />
      <source>The pathway chainage (dist_km) has missing values.</source>
      <translation>В расстоянии вдоль пути распространения (dist_km) есть пропущенные значения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="226" />
      <source>The pathway chainage (dist_km) must not decrease downstream.</source>
      <translation>Расстояние вдоль пути распространения (dist_km) не должно убывать вниз по течению.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="304" />
      <source>The pathway layer could not be opened.</source>
      <translation>Не удалось открыть слой путей распространения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="315" />
      <source>The pathway layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>В слое путей распространения нет поля 'facility_id'. Доступные поля: {names}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="322" />
      <source>The pathway layer has no travel-time fields (from_h/to_h): pathways are drawn in one colour and without time marks. Use the PATHWAYS output of tailings:downstreamimpact.</source>
      <translation>В слое путей распространения нет полей времени добегания (from_h/to_h): пути отрисовываются одним цветом и без отметок времени. Используйте выход PATHWAYS алгоритма tailings:downstreamimpact.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="267" />
      <source>The pathway passes through a lake; the 1-D river model treats it as a river reach, so concentrations downstream of the lake are indicative only.</source>
      <translation>Путь распространения проходит через озеро; одномерная модель реки рассматривает его как участок реки, поэтому концентрации ниже озера по течению носят лишь ориентировочный характер.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="441" />
      <source>The pathway stays within one country.</source>
      <translation>Путь распространения не выходит за пределы одной страны.</translation>
    </message>
    <message>
      <source>The population at risk could not be computed ({err}); par is left NULL.</source>
      <translation type="obsolete">Не удалось рассчитать население в зоне риска ({err}); par остаётся NULL.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="478" />
      <source>The population at risk needs both settlements and rivers; par and consequence_class are left NULL.</source>
      <translation>Для расчёта населения в зоне риска нужны и населённые пункты, и реки; par и consequence_class остаются NULL.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_shared_registry.py" line="149" />
      <source>The registry form could not be stored in the database: {reason}</source>
      <translation>Форму реестра не удалось сохранить в базе данных: {reason}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="376" />
      <source>The registry {schema}.{table} exists (schema version {old}); upgraded to version {new}: {cols} columns and {cons} constraints added, triggers and views refreshed; no data changed.</source>
      <translation>Реестр {schema}.{table} существует (версия схемы {old}); обновлён до версии {new}: добавлено столбцов — {cols}, ограничений — {cons}, триггеры и представления обновлены; данные не изменены.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="372" />
      <source>The released mass must be 0 or positive (kg).</source>
      <translation>Масса ЗВ, поступившего в реку, должна быть равна 0 или положительной (кг).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="60" />
      <source>The report variant for the reverse analyses. From the outputs of &lt;b&gt;tailings:borderwatch&lt;/b&gt; (a notification plan: for each border crossing the facilities whose release reaches it, in order of arrival, and the earliest arrival; UNECE Convention on the Transboundary Effects of Industrial Accidents, 1992) or of &lt;b&gt;tailings:upstreamsources&lt;/b&gt; (for each receptor, a town or a water intake, the facilities upstream by arrival), told apart by their fields (crossing_id or receptor_id).&lt;br&gt;HTML: one self-contained file with the run's parameters and assumptions, a summary table (one row per crossing or receptor, earliest arrival first; how many facilities arrive within 24 h and 72 h) and a section per crossing or receptor with its facilities (distance, arrival in hours and days, peak time and concentration, countries on the way). CSV: the same rows, one per crossing or receptor × facility, and a second file (name_places.csv) with one row per crossing or receptor. Crossings or receptors that no facility reaches are counted, not listed.&lt;br&gt;Distances and times are those of the analysis (Leopold &amp;amp; Maddock 1953, Fischer 1975, Jobson 1996); nothing is recomputed; days = hours / 24.</source>
      <translation>Вариант отчёта для обратных расчётов. По результатам &lt;b&gt;tailings:borderwatch&lt;/b&gt; (план оповещения: для каждого пересечения границы — объекты, излив с которых до него доходит, в порядке добегания, и наименьшее время добегания; Конвенция ЕЭК ООН о трансграничном воздействии промышленных аварий, 1992) или &lt;b&gt;tailings:upstreamsources&lt;/b&gt; (для каждого объекта воздействия — населённого пункта или водозабора — объекты выше по течению в порядке добегания); тип определяется по полям (crossing_id или receptor_id).&lt;br&gt;HTML: один самодостаточный файл с параметрами и допущениями расчёта, сводной таблицей (одна строка на пересечение или объект воздействия, сначала наименьшее время добегания; сколько объектов доходит за 24 ч и 72 ч) и разделом на каждое пересечение или объект воздействия с его объектами (расстояние, время добегания в часах и сутках, время и концентрация пика, страны на пути). CSV: те же строки, по одной на пару «пересечение или объект воздействия × объект», и второй файл (имя_places.csv) с одной строкой на пересечение или объект воздействия. Пересечения и объекты воздействия, до которых не доходит ни один объект, подсчитываются, но не перечисляются.&lt;br&gt;Расстояния и времена взяты из расчёта (Leopold &amp;amp; Maddock 1953, Fischer 1975, Jobson 1996); ничего не пересчитывается; сутки = часы / 24.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="509" />
      <source>The river layer has no usable line features.</source>
      <translation>В слое рек нет пригодных линейных объектов.</translation>
    </message>
    <message>
      <source>The river layer has no usable lines.</source>
      <translation type="obsolete">В слое рек нет пригодных линий.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="200" />
      <source>The river layer has no valid line: {n} features, none with two or more distinct vertices.</source>
      <translation>В слое рек нет корректных линий: объектов — {n}, ни у одного нет двух или более различных вершин.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath_rivers.py" line="147" />
      <source>The river mask {path} is not on the DEM grid; resample it onto the DEM first.</source>
      <translation>Маска рек {path} не совпадает с сеткой ЦМР; сначала передискретизируйте её на сетку ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="85" />
      <source>The river network has no usable reach.</source>
      <translation>В речной сети нет пригодных участков.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="102" />
      <source>The river slope is unknown: give a slope (m/m) to compute the shear velocity and dispersion.</source>
      <translation>Уклон реки неизвестен: задайте уклон (м/м), чтобы рассчитать динамическую скорость и дисперсию.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="106" />
      <source>The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km.</source>
      <translation>Уклон реки должен быть положительным (м/м), например 0.0001 для 10 см на км.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="114" />
      <source>The sample data file is missing.</source>
      <translation>Файл демонстрационных данных отсутствует.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="47" />
      <source>The schema name is empty or invalid.</source>
      <translation>Имя схемы пустое или недопустимое.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="326" />
      <source>The settlement layer has no '{n}' or '{p}' field: settlements are not labelled.</source>
      <translation>В слое населённых пунктов нет поля «{n}» или «{p}»: подписи населённых пунктов не выводятся.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/names.py" line="59" />
      <source>The settlement layer has no field '{f}': settlements keep their original names. Available fields: {names}.</source>
      <translation>В слое населённых пунктов нет поля '{f}': населённые пункты сохраняют исходные названия. Доступные поля: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/pg_io.py" line="96" />
      <source>The shared registry {schema}.{table} cannot be opened in {db}.</source>
      <translation>Общий реестр {schema}.{table} не удаётся открыть в {db}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="188" />
      <source>The snap distance must be zero or positive (metres).</source>
      <translation>Расстояние привязки должно быть нулевым или положительным (в метрах).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="190" />
      <source>The start point has no valid coordinates.</source>
      <translation>У начальной точки нет допустимых координат.</translation>
    </message>
    <message>
      <source>The start point {lon:.5f} E, {lat:.5f} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation type="obsolete">Начальная точка {lon:.5f} в. д., {lat:.5f} с. ш. попадает в ячейку ЦМР без данных (пропуск или замаскированный водный объект). Переместите точку на сушу или сначала заполните пропуски в ЦМР.</translation>
    </message>
    <message>
      <source>The start point {lon:.5f} E, {lat:.5f} N lies outside the DEM (about {w:.3f} to {e:.3f} E, {s:.3f} to {n:.3f} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation type="obsolete">Начальная точка {lon:.5f} в. д., {lat:.5f} с. ш. лежит за пределами ЦМР (примерно от {w:.3f} до {e:.3f} в. д., от {s:.3f} до {n:.3f} с. ш.). Используйте ЦМР, покрывающую эту точку, и проверьте, правильно ли заданы системы координат точек и ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="212" />
      <source>The start point {lon} E, {lat} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation>Начальная точка {lon} в. д., {lat} с. ш. попадает в ячейку ЦМР без данных (пропуск или замаскированный водный объект). Переместите точку на сушу или сначала заполните пропуски в ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="196" />
      <source>The start point {lon} E, {lat} N lies outside the DEM (about {w} to {e} E, {s} to {n} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation>Начальная точка {lon} в. д., {lat} с. ш. лежит за пределами ЦМР (примерно от {w} до {e} в. д., от {s} до {n} с. ш.). Используйте ЦМР, покрывающую эту точку, и проверьте, правильно ли заданы системы координат точек и ЦМР.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="228" />
      <source>The stored volume must be greater than 0.</source>
      <translation>Объём складированных хвостов должен быть больше 0.</translation>
    </message>
    <message>
      <source>The stored volumes look large for tailings facilities (median {m:.3g} m³ with VOLUME_UNIT = {u}): are they already in m³? Set VOLUME_UNIT accordingly.</source>
      <translation type="obsolete">Объёмы хранения слишком велики для хвостохранилищ (медиана {m:.3g} м³ при VOLUME_UNIT = {u}): не указаны ли они уже в м³? Задайте VOLUME_UNIT соответственно.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="416" />
      <source>The stored volumes look large for tailings facilities (median {m} m³ with VOLUME_UNIT = {u}): are they already in m³? Set VOLUME_UNIT accordingly.</source>
      <translation>Объёмы хранения слишком велики для хвостохранилищ (медиана {m} м³ при VOLUME_UNIT = {u}): не указаны ли они уже в м³? Задайте VOLUME_UNIT соответственно.</translation>
    </message>
    <message>
      <source>The stored volumes look small for tailings facilities (median {m:.3g} m³ with VOLUME_UNIT = {u}): are they in thousand m³ (тыс. м³) or million m³? Set VOLUME_UNIT accordingly.</source>
      <translation type="obsolete">Объёмы хранения слишком малы для хвостохранилищ (медиана {m:.3g} м³ при VOLUME_UNIT = {u}): не указаны ли они в тыс. м³ или млн м³? Задайте VOLUME_UNIT соответственно.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="411" />
      <source>The stored volumes look small for tailings facilities (median {m} m³ with VOLUME_UNIT = {u}): are they in thousand m³ (тыс. м³) or million m³? Set VOLUME_UNIT accordingly.</source>
      <translation>Объёмы хранения слишком малы для хвостохранилищ (медиана {m} м³ при VOLUME_UNIT = {u}): не указаны ли они в тыс. м³ или млн м³? Задайте VOLUME_UNIT соответственно.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="84" />
      <source>The table a transboundary notification plan needs (UNECE Industrial Accidents Convention: the country of origin notifies the affected country). Finds every point where the river network crosses the border of the chosen COUNTRY (e.g. KAZ) and lists the facilities whose release reaches it: at an &lt;b&gt;outgoing&lt;/b&gt; crossing (a river leaving the country) the facilities inside the country, at an &lt;b&gt;incoming&lt;/b&gt; crossing (a river entering it) the facilities outside.&lt;br&gt;Crossings: each vertex of the network is placed in a country polygon; where the country changes along a reach the crossing is located on the segment by bisection, and changes closer than the border stretch tolerance (km) are merged into one border_stretch (a river forming the border), as in tailings:downstreamimpact. Vertices in a gap between polygons take the country of the neighbouring vertices.&lt;br&gt;Distance, arrival, peak time and peak concentration from each facility to each crossing come from the one-pass upstream search of tailings:upstreamsources (same network, snapping and hydraulics as tailings:downstreamimpact; Leopold &amp;amp; Maddock 1953, Raymond et al. 2012, Fischer 1975, Jobson 1996).&lt;br&gt;OUTPUT: one line per crossing × facility (the river stretch from the facility to the crossing), ordered by crossing and arrival (rank 1 = most urgent). SUMMARY: one point per crossing with the number of facilities and the earliest arrival and its facility.</source>
      <translation>Таблица для плана трансграничного оповещения (Конвенция ЕЭК ООН о трансграничном воздействии промышленных аварий: страна происхождения оповещает затрагиваемую страну). Находит все точки, где речная сеть пересекает границу выбранной страны COUNTRY (например, KAZ), и перечисляет объекты, излив из которых их достигает: для &lt;b&gt;исходящего&lt;/b&gt; пересечения (река вытекает из страны) — объекты внутри страны, для &lt;b&gt;входящего&lt;/b&gt; (река втекает в неё) — объекты за её пределами.&lt;br&gt;Пересечения: каждая вершина сети относится к полигону страны; где страна меняется вдоль участка, точка пересечения уточняется на отрезке делением пополам, а изменения ближе допуска для участков вдоль границы (км) объединяются в один border_stretch (река, образующая границу), как в tailings:downstreamimpact. Вершины в разрыве между полигонами получают страну соседних вершин.&lt;br&gt;Расстояние, время добегания, время пика и пиковая концентрация от каждого объекта до каждого пересечения берутся из однопроходного поиска вверх по течению tailings:upstreamsources (та же сеть, привязка и гидравлика, что в tailings:downstreamimpact; Leopold &amp;amp; Maddock 1953, Raymond et al. 2012, Fischer 1975, Jobson 1996).&lt;br&gt;OUTPUT: одна линия на пару «пересечение × объект» (участок реки от объекта до пересечения), по пересечениям и времени добегания (rank 1 = наиболее срочный). SUMMARY: одна точка на пересечение с числом объектов, самым ранним временем добегания и его объектом.</translation>
    </message>
    <message>
      <source>The tracing algorithm {alg} is not available, so the population at risk cannot be computed; par and consequence_class are left NULL.</source>
      <translation type="obsolete">Алгоритм трассировки {alg} недоступен, поэтому население в зоне риска не может быть рассчитано; par и consequence_class остаются NULL.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="37" />
      <source>The {label} layer could not be opened.</source>
      <translation>Не удалось открыть слой «{label}».</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="63" />
      <source>The {label} layer has no coordinate reference system. Set it in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation>У слоя «{label}» не задана система координат. Задайте её в свойствах слоя (Слой ▸ Система координат слоя) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="361" />
      <source>The {label} layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation>В слое «{label}» нет поля 'facility_id'. Доступные поля: {names}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="47" />
      <source>The {label} layer has {got} geometries; {wanted} geometries are needed.</source>
      <translation>Тип геометрии слоя «{label}»: {got}; требуется: {wanted}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="40" />
      <source>The {label} layer is empty: it has no features to work with.</source>
      <translation>Слой «{label}» пуст: в нём нет объектов для обработки.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="56" />
      <source>The {label} layer's coordinate reference system is undefined ({crs}). Set the right one in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation>Система координат слоя «{label}» не определена ({crs}). Задайте правильную в свойствах слоя (Слой ▸ Система координат слоя) и запустите снова.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="310" />
      <source>The {name} layer could not be opened; it is left out.</source>
      <translation>Не удалось открыть слой «{name}»; он не включён в карту.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="44" />
      <source>The {what} file {path} cannot be read: {msg}.</source>
      <translation>Не удаётся прочитать файл «{what}» {path}: {msg}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="32" />
      <source>The {what} file {path} does not exist.</source>
      <translation>Файл «{what}» {path} не существует.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="38" />
      <source>The {what} file {path} is not valid JSON (line {line}, column {col}): {msg}.</source>
      <translation>Файл «{what}» {path} не является корректным JSON (строка {line}, столбец {col}): {msg}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="48" />
      <source>The {what} file {path} must hold a JSON object at the top level.</source>
      <translation>Файл «{what}» {path} должен содержать JSON-объект на верхнем уровне.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="183" />
      <source>There are {a} longitudes for {b} latitudes.</source>
      <translation>Долгот — {a}, а широт — {b}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="300" />
      <source>There are {a} reach ids and {b} downstream ids for {n} reaches.</source>
      <translation>Идентификаторов участков — {a}, идентификаторов нижележащих участков — {b}, а самих участков — {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="93" />
      <source>There are {k} main-stem values for {n} reaches.</source>
      <translation>Значений главного русла — {k}, а участков — {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="252" />
      <source>There are {k} reach kinds for {n} reaches.</source>
      <translation>Типов участков — {k}, а самих участков — {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/edge_hydraulics.py" line="77" />
      <source>There are {k} values for {n} reaches.</source>
      <translation>Значений: {k}, а участков: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="117" />
      <source>There is no shared registry {schema}.{table} in this database: run tailings:createsharedregistry first.</source>
      <translation>В этой базе данных нет общего реестра {schema}.{table}: сначала запустите tailings:createsharedregistry.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="429" />
      <source>These facility ids are not in the facility layer: {ids}.</source>
      <translation>Этих идентификаторов нет в слое хвостохранилищ: {ids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="56" />
      <source>This algorithm needs the Python module(s) {names}, which QGIS cannot find. Install them, then restart QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): run the OSGeo4W installer and select the python3-{first} package. conda: conda install -c conda-forge {names_space}.</source>
      <translation>Для этого алгоритма нужны модули Python {names}, которые QGIS не находит. Установите их и перезапустите QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): запустите установщик OSGeo4W и выберите пакет python3-{first}. conda: conda install -c conda-forge {names_space}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_layers.py" line="135" />
      <source>This facility</source>
      <translation>Данный объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="231" />
      <source>This facility has no geometry: it cannot be shown on the map.</source>
      <translation>У этого объекта нет геометрии: его невозможно показать на карте.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="268" />
      <source>Time marks along the pathway (hours)</source>
      <translation>Временные отметки вдоль пути распространения (ч)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="83" />
      <source>Time marks must be hours separated by commas (e.g. 6, 24, 72); '{p}' is not a number.</source>
      <translation>Временные отметки задаются в часах через запятую (например 6, 24, 72); '{p}' — не число.</translation>
    </message>
    <message>
      <source>Time marks must be positive hours; got {v:g}.</source>
      <translation type="obsolete">Временные отметки должны быть положительными (в часах); получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="89" />
      <source>Time marks must be positive hours; got {v}.</source>
      <translation>Временные отметки должны быть положительными (в часах); получено {v}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_notification_plan.py" line="123" />
      <source>Title (empty: default)</source>
      <translation>Заголовок (пусто — по умолчанию)</translation>
    </message>
    <message>
      <source>To</source>
      <translation type="obsolete">Куда</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="52" />
      <source>Toxicity: German water hazard class (WGK) of the tailings</source>
      <translation>Токсичность: класс опасности хвостов для воды (WGK, Германия)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="42" />
      <source>Trace downstream pathways</source>
      <translation>Трассировка путей распространения ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="220" />
      <source>Traced {n} facilities: {a} to an outlet or the end of the river data, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation>Построены пути распространения для объектов: {n}; до устья или конца данных о реках — {a}, до бессточного озера — {b}, остановлены на максимальном расстоянии — {c}, не на реке — {k}.</translation>
    </message>
    <message>
      <source>Traced {n} facilities: {a} to an outlet, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation type="obsolete">Построены пути распространения для объектов: {n}; до устья — {a}, до бессточного озера — {b}, остановлены на максимальном расстоянии — {c}, не на реке — {k}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="40" />
      <source>Tributaries joined mid-line</source>
      <translation>Притоки, примыкающие к середине линии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="16" />
      <source>Turkmenistan</source>
      <translation>Туркменистан</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/output_guard.py" line="242" />
      <source>Two outputs are written to the same file {path}: give each its own file.</source>
      <translation>Два результата записываются в один и тот же файл {path}: укажите для каждого свой файл.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="351" />
      <source>Uncertainty band factors must be at least 1 (1 = spread between methods only).</source>
      <translation>Коэффициенты диапазона неопределённости должны быть не меньше 1 (1 = только разброс между методами).</translation>
    </message>
    <message>
      <source>Unit of the released volume (field and constant)</source>
      <translation type="obsolete">Единица объёма излива (поле и константа)</translation>
    </message>
    <message>
      <source>Unit of the stored volume field</source>
      <translation type="obsolete">Единица поля объёма хранения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="443" />
      <source>Unit of the volumes read from the layer and given here</source>
      <translation>Единица объёмов (из слоя и заданных здесь)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="106" />
      <source>Unknown consequence class {v!r}; expected one of: {allowed}.</source>
      <translation>Неизвестный класс последствий {v!r}; допустимые значения: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="129" />
      <source>Unknown dispersion method {m}; use one of {ok}.</source>
      <translation>Неизвестный метод расчёта дисперсии {m}; используйте один из следующих: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/i18n.py" line="122" />
      <source>Unknown language '{code}': the output is in English.</source>
      <translation>Неизвестный язык '{code}': вывод выполняется на английском языке.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="226" />
      <source>Unknown leading-edge method {m}; use one of {ok}.</source>
      <translation>Неизвестный метод расчёта переднего фронта {m}; используйте один из следующих: {ok}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_export.py" line="97" />
      <source>Unknown map format {fmt}.</source>
      <translation>Неизвестный формат карты {fmt}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="262" />
      <source>Unknown pathway kind {k}; use river, lake or overland.</source>
      <translation>Неизвестный тип пути {k}; используйте river, lake или overland.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="83" />
      <source>Unknown runout method {key!r}; known: {known}.</source>
      <translation>Неизвестный метод оценки дальности распространения {key!r}; известные методы: {known}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="132" />
      <source>Unsupported image type {mime}.</source>
      <translation>Неподдерживаемый тип изображения {mime}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="135" />
      <source>Upper end of the range (runout_high_km)</source>
      <translation>Верхняя граница диапазона (runout_high_km)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="471" />
      <source>Upstream</source>
      <translation>Выше по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="339" />
      <source>Upstream of {name}</source>
      <translation>Выше по течению: {name}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="474" />
      <source>Upstream sources (receptor × facility)</source>
      <translation>Источники выше по течению (объект воздействия × хвостохранилище)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="402" />
      <source>Upstream sources (which facilities reach a receptor, and how soon)</source>
      <translation>Источники выше по течению (какие объекты достигают объекта воздействия и как скоро)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="474" />
      <source>Upstream summary per receptor</source>
      <translation>Сводка по объектам воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="58" />
      <source>Use {distance} and run again</source>
      <translation>Взять {distance} и запустить снова</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="525" />
      <source>Use “Run downstream analysis” to trace this facility.</source>
      <translation>Чтобы построить путь распространения от этого объекта, используйте команду «Запустить анализ ниже по течению».</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="190" />
      <source>User scenario: dam height where missing (m; 0 = none)</source>
      <translation>Пользовательский сценарий: высота дамбы там, где её нет (м; 0 = нет)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="188" />
      <source>User scenario: stored volume where missing (0 = none; in the unit above)</source>
      <translation>Пользовательский сценарий: объём хранения там, где его нет (0 = нет; в единице выше)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="15" />
      <source>Uzbekistan</source>
      <translation>Узбекистан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="390" />
      <source>VOLUME_UNIT must be 0 (m³), 1 (thousand m³) or 2 (million m³).</source>
      <translation>VOLUME_UNIT должен быть 0 (м³), 1 (тыс. м³) или 2 (млн м³).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="50" />
      <source>Validate facility registry</source>
      <translation>Проверка реестра хвостохранилищ</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="193" />
      <source>Value is infinite.</source>
      <translation>Значение бесконечно.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="274" />
      <source>Velocity field (m/s)</source>
      <translation>Поле скорости течения (м/с)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/params.py" line="259" />
      <source>Velocity from</source>
      <translation>Источник скорости течения</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="283" />
      <source>Velocity from a field was chosen: choose the velocity field.</source>
      <translation>Выбрана скорость течения из поля: выберите поле скорости течения.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="287" />
      <source>Velocity from discharge was chosen: choose the discharge field.</source>
      <translation>Выбран расчёт скорости течения по расходу: выберите поле расхода воды.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="237" />
      <source>Velocity must be positive (m/s){where}: {n} segment(s) have zero, negative or missing velocity (first at segment {i}). Fix the velocity field or give a constant velocity.</source>
      <translation>Скорость течения должна быть положительной (м/с){where}: сегментов с нулевой, отрицательной или отсутствующей скоростью — {n} (первый — сегмент {i}). Исправьте поле скорости или задайте постоянную скорость.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="146" />
      <source>Velocity of the release</source>
      <translation>Скорость распространения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="36" />
      <source>Very High</source>
      <translation>Очень высокий</translation>
    </message>
    <message>
      <source>Volume unit of the input</source>
      <translation type="obsolete">Единица объёма во входном слое</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="51" />
      <source>Water hazard class (WGK 1–3)</source>
      <translation>Класс опасности для воды (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="34" />
      <source>Water hazard class field (1–3)</source>
      <translation>Поле класса опасности для воды (1–3)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="61" />
      <source>Water hazard class field (WGK 1–3)</source>
      <translation>Поле класса опасности для воды (WGK 1–3)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="76" />
      <source>Where the {river} enters Kazakhstan from {country}</source>
      <translation>{river}: вход в Казахстан (со стороны: {country})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="79" />
      <source>Where the {river} leaves Kazakhstan into {country}</source>
      <translation>{river}: выход из Казахстана (далее — {country})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="472" />
      <source>Which facilities are upstream of a settlement or an intake, and how soon</source>
      <translation>Какие объекты находятся выше по течению от населённого пункта или водозабора и как скоро дойдёт излив</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="438" />
      <source>With a country layer, last_border_km and last_border_to give the last border crossing on the way from the facility: its distance upstream of the receptor along the river and the country entered there (the panel's Upstream view marks it on the receptor's profile).</source>
      <translation>При заданном слое стран last_border_km и last_border_to описывают последнее пересечение границы на пути от объекта: его расстояние вверх по реке от объекта воздействия и страну, в которую там входит река (окно «Выше по течению» панели отмечает его на профиле объекта воздействия).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="64" />
      <source>With numba installed (Debian/Ubuntu: python3-numba) the paths are traced by compiled code, about ten times faster, with the same result; without it, in Python.</source>
      <translation>Если установлен numba (Debian/Ubuntu: python3-numba), пути рассчитываются компилируемым кодом — примерно в десять раз быстрее, с тем же результатом; без него — на Python.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="39" />
      <source>Within 24 h</source>
      <translation>В пределах 24 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="40" />
      <source>Within 72 h</source>
      <translation>В пределах 72 ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="37" />
      <source>Within {h}: {places}, {people} people.</source>
      <translation>В пределах {h}: {places}, жителей: {people}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="59" />
      <source>Writes one map page per border crossing that has facilities upstream, for a transboundary notification plan: the crossing, the river stretch from each facility to it, the facilities labelled with their arrival time (hours, or days after 48 h), a table of the facilities by arrival (name, distance, arrival), the title 'Where the river leaves Kazakhstan into the neighbouring country', legend, scale bar, overview and the run's assumptions.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:borderwatch&lt;/b&gt;: CROSSINGS = its SUMMARY, PAIRS = its OUTPUT; the facility layer gives the names. Distances and arrival times are those of tailings:borderwatch (Leopold &amp;amp; Maddock 1953, Jobson 1996); nothing is recomputed here.&lt;br&gt;Same A4/A3 templates and formats as tailings:exportimpactmaps; the multi-page PDF is border_crossings.pdf, single files are named by crossing id. Pages are ordered by the earliest arrival.</source>
      <translation>Создаёт по одному листу карты на каждое пересечение границы, выше которого по течению есть объекты, для плана трансграничного оповещения: пересечение, участок реки от каждого объекта до него, объекты с подписью времени добегания (часы, после 48 ч — сутки), таблица объектов по времени добегания (название, расстояние, время добегания), заголовок «река: выход из Казахстана (далее — соседняя страна)», условные обозначения, масштабная линейка, обзорная карта и допущения расчёта.&lt;br&gt;Входные данные — выходные слои &lt;b&gt;tailings:borderwatch&lt;/b&gt;: CROSSINGS = его SUMMARY, PAIRS = его OUTPUT; слой объектов даёт названия. Расстояния и время добегания взяты из tailings:borderwatch (Leopold &amp;amp; Maddock 1953, Jobson 1996); здесь ничего не пересчитывается.&lt;br&gt;Те же шаблоны A4/A3 и форматы, что у tailings:exportimpactmaps; многостраничный PDF — border_crossings.pdf, отдельные файлы названы по идентификатору пересечения. Листы упорядочены по самому раннему времени добегания.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="137" />
      <source>Writes one map page per facility, ready for a meeting: the facility and its downstream pathway coloured by the arrival time of the release (marks at 6, 24 and 72 h), rivers, lakes, settlements sized by population, exposed settlements in red, border crossings with their arrival time, an overview inset of Kazakhstan and its neighbours, a close-up of the facility when the pathway is long, legend, scale bar, north arrow, title (facility name and operator), tables of the exposed settlements and border crossings, date, data sources and a disclaimer that these are screening estimates.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; (PATHWAYS, EXPOSED, CROSSINGS) and a facility layer (ideally the output of tailings:hazardscreening, whose thi, runout_km and consequence_class are shown). The output of tailings:tracedownstream also works as pathways (one colour, no time marks). Background layers default to the bundled sample data.&lt;br&gt;Formats: one PDF per facility, one multi-page PDF (impact_maps.pdf), or one PNG per facility; files are named by facility id. Pages are ordered by hazard index (highest first).&lt;br&gt;&lt;b&gt;Templates&lt;/b&gt;: A4 or A3 landscape, or your own .qpt edited in QGIS (start from resources/layouts/). The items are found by their id: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer are required; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption are optional. Labels may use the page fields, e.g. [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</source>
      <translation>Создаёт по одному листу карты на каждый объект, готовому для совещания: объект и его путь распространения ниже по течению, окрашенный по времени добегания излива (отметки 6, 24 и 72 ч), реки, озёра, населённые пункты с размером знака по численности населения, затрагиваемые населённые пункты красным цветом, пересечения государственной границы с временем добегания, обзорная врезка с Казахстаном и соседними странами, крупный план объекта при длинном пути распространения, условные обозначения, масштабная линейка, указатель севера, заголовок (название объекта и эксплуатирующая организация), таблицы затрагиваемых населённых пунктов и пересечений границы, дата, источники данных и оговорка о том, что это оценки скрининга.&lt;br&gt;Входные данные — результаты &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; (PATHWAYS, EXPOSED, CROSSINGS) и слой объектов (лучше всего результат tailings:hazardscreening, чьи thi, runout_km и consequence_class выводятся на карту). В качестве путей распространения подходит и результат tailings:tracedownstream (один цвет, без временных отметок). Фоновые слои по умолчанию берутся из прилагаемых демонстрационных данных.&lt;br&gt;Форматы: отдельный PDF для каждого объекта, один многостраничный PDF (impact_maps.pdf) или отдельный PNG для каждого объекта; файлы называются по идентификатору объекта. Листы упорядочены по индексу опасности (сначала наибольший).&lt;br&gt;&lt;b&gt;Шаблоны&lt;/b&gt;: A4 или A3 альбомной ориентации либо собственный .qpt, отредактированный в QGIS (за основу возьмите resources/layouts/). Элементы находятся по их id: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer обязательны; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption необязательны. В подписях можно использовать поля листа, например [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_receptor_maps.py" line="25" />
      <source>Writes one map page per receptor (a town, a water intake) that has facilities upstream: the receptor, the river stretch from each facility to it, the facilities labelled with their arrival time (hours, or days after 48 h), a table of the facilities by arrival (name, distance, arrival), the title 'Facilities upstream of the receptor', legend, scale bar, overview and the run's assumptions.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:upstreamsources&lt;/b&gt;: RECEPTORS = its SUMMARY, PAIRS = its OUTPUT; the facility layer gives the names. Distances and arrival times are those of tailings:upstreamsources (Leopold &amp;amp; Maddock 1953, Jobson 1996); nothing is recomputed here.&lt;br&gt;Same A4/A3 templates and formats as tailings:exportcrossingmaps; the multi-page PDF is receptors.pdf, single files are named by receptor id. Pages are ordered by the earliest arrival.</source>
      <translation>Создаёт по одной странице карты на каждый объект воздействия (населённый пункт, водозабор), выше которого по течению есть объекты: объект воздействия, участок реки от каждого объекта до него, объекты с подписью времени добегания (в часах, после 48 ч — в сутках), таблица объектов по времени добегания (название, расстояние, добегание), заголовок «Объекты выше по течению от …», условные обозначения, масштабная линейка, обзорная карта и допущения расчёта.&lt;br&gt;Входные данные — результаты &lt;b&gt;tailings:upstreamsources&lt;/b&gt;: RECEPTORS = его SUMMARY, PAIRS = его OUTPUT; слой объектов даёт названия. Расстояния и время добегания взяты из tailings:upstreamsources (Leopold &amp;amp; Maddock 1953, Jobson 1996); здесь ничего не пересчитывается.&lt;br&gt;Те же шаблоны A4/A3 и форматы, что у tailings:exportcrossingmaps; многостраничный PDF — receptors.pdf, отдельные файлы названы по идентификатору объекта воздействия. Страницы упорядочены по самому раннему добеганию.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="178" />
      <source>Writes the report that goes into the minutes: a single self-contained HTML file (styles and map images embedded, no external links; every name from the data is escaped) and a spreadsheet with one row per facility: hazard index, runout, consequence class, settlements and population exposed (and reached within 24 h), first border crossed with distance and arrival time, pathway length; plus a sheet (XLSX) or a second file (CSV, '_exposed' suffix) with every exposed settlement in downstream order.&lt;br&gt;Inputs: the facility layer (ideally the output of tailings:hazardscreening: thi, thi_rank, runout_km, consequence_class) and the outputs of tailings:downstreamimpact (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Exposure and borders are counted from EXPOSED and CROSSINGS when given, else taken from SUMMARY.&lt;br&gt;Maps: PNG files named &lt;i&gt;facility_id&lt;/i&gt;.png in a folder (the PNG output of tailings:exportimpactmaps) are embedded; or tick 'Render maps' to draw small A4 pages from the pathways. XLSX needs the Python module openpyxl (python3-openpyxl); CSV is UTF-8 with a BOM so that spreadsheet programs read Cyrillic names.&lt;br&gt;All figures are screening estimates.</source>
      <translation>Создаёт отчёт для протокола: один автономный HTML-файл (стили и изображения карт встроены, внешних ссылок нет; все названия из данных экранируются) и электронную таблицу с одной строкой на объект: индекс опасности, дальность распространения, класс последствий, затрагиваемые населённые пункты и население (в том числе достигаемые в течение 24 ч), первая пересекаемая граница с расстоянием и временем добегания, длина пути распространения; а также лист (XLSX) или второй файл (CSV, суффикс '_exposed') со всеми затрагиваемыми населёнными пунктами в порядке вниз по течению.&lt;br&gt;Входные данные: слой объектов (лучше всего результат tailings:hazardscreening: thi, thi_rank, runout_km, consequence_class) и результаты tailings:downstreamimpact (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Затрагиваемые населённые пункты и границы подсчитываются по EXPOSED и CROSSINGS, если они заданы, иначе берутся из SUMMARY.&lt;br&gt;Карты: встраиваются PNG-файлы с именами &lt;i&gt;facility_id&lt;/i&gt;.png из папки (PNG-результат tailings:exportimpactmaps); либо отметьте «Строить небольшие карты», чтобы построить небольшие листы A4 по путям распространения. Для XLSX нужен модуль Python openpyxl (python3-openpyxl); CSV записывается в UTF-8 с BOM, чтобы табличные программы правильно читали кириллические названия.&lt;br&gt;Все значения — оценки скрининга.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="380" />
      <source>Writing XLSX needs the Python module openpyxl, which is not installed. Install it (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) or leave the XLSX output empty and use the CSV.</source>
      <translation>Для записи XLSX нужен модуль Python openpyxl, который не установлен. Установите его (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) или оставьте выход XLSX пустым и используйте CSV.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="182" />
      <source>Wrote {n} files into {folder}.</source>
      <translation>В папку {folder} записано файлов: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="114" />
      <source>[default: {f}]</source>
      <translation>[по умолчанию: {f}]</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="65" />
      <source>a close-up of the facility, shown when the pathway is long</source>
      <translation>крупный план объекта (выводится при длинном пути распространения)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="234" />
      <source>a multipoint with {n} points, not one point</source>
      <translation>мультиточка из нескольких точек ({n}), а не одна точка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="205" />
      <source>a runout range is given (runout_low_km to runout_high_km); its level is not recorded</source>
      <translation>задан диапазон дальности распространения (runout_low_km – runout_high_km); его уровень не записан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="60" />
      <source>all</source>
      <translation>все</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="221" />
      <source>any country (no filter)</source>
      <translation>любую страну (без фильтра)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="182" />
      <source>arrival (h)</source>
      <translation>время добегания (ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="584" />
      <source>arrival h</source>
      <translation>время добегания, ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/result_layers.py" line="57" />
      <source>arrival not known</source>
      <translation>время добегания неизвестно</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="156" />
      <source>arrival {a}</source>
      <translation>добегание {a}</translation>
    </message>
    <message>
      <source>as recorded by tailings:borderwatch (velocity, snapping and hydraulics of the run)</source>
      <translation type="obsolete">как записано tailings:borderwatch (скорость, привязка и гидравлика расчёта)</translation>
    </message>
    <message>
      <source>assumed slope {s:g} m/m where unknown</source>
      <translation type="obsolete">принятый уклон {s:g} м/м там, где он неизвестен</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="408" />
      <source>assumed slope {s} m/m where unknown</source>
      <translation>принятый уклон {s} м/м там, где он неизвестен</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="139" />
      <source>at least one method is needed.</source>
      <translation>нужен хотя бы один метод.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="241" />
      <source>cannot be transformed to the registry CRS</source>
      <translation>не удаётся пересчитать в систему координат реестра</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="551" />
      <source>central</source>
      <translation>центральной</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="159" />
      <source>concentration</source>
      <translation>концентрация</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="62" />
      <source>concentrations need a released volume (a stored volume or a scenario) and a river discharge; they were not computed in this run</source>
      <translation>для концентраций нужны объём излившихся хвостов (объём хранения или сценарий) и расход реки; в этом расчёте они не вычислялись</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="186" />
      <source>concentrations not computed in this run</source>
      <translation>концентрации в этом расчёте не вычислялись</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="161" />
      <source>consequence class</source>
      <translation>класс последствий</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="550" />
      <source>consequence class from people inside the {w} runout zone</source>
      <translation>класс последствий по людям внутри {w} зоны распространения</translation>
    </message>
    <message>
      <source>consequence class {c}</source>
      <translation type="obsolete">класс последствий {c}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="67" />
      <source>consequence class {c} (people inside the runout zone)</source>
      <translation>класс последствий {c} (население в зоне распространения хвостов)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>constant</source>
      <translation>постоянная</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="99" />
      <source>coordinates are not finite</source>
      <translation>координаты не являются конечными числами</translation>
    </message>
    <message>
      <source>corridor {c:g} m each side, snap distance {s:g} m</source>
      <translation type="obsolete">коридор {c:g} м с каждой стороны, расстояние привязки {s:g} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="553" />
      <source>corridor {c} m each side, snap distance {s} m</source>
      <translation>коридор {c} м с каждой стороны, расстояние привязки {s} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="254" />
      <source>countries</source>
      <translation>страны</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="247" />
      <source>country</source>
      <translation>стран</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="414" />
      <source>crossings</source>
      <translation>пересечения границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>dam failure</source>
      <translation>авария дамбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="46" />
      <source>dam safety</source>
      <translation>безопасность дамбы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="189" />
      <source>days</source>
      <translation>сутки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="66" />
      <source>dilution needs a released volume and a river discharge; not computed in this run</source>
      <translation>для разбавления нужны объём излившихся хвостов и расход реки; в этом расчёте не вычислялось</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="276" />
      <source>discharge</source>
      <translation>расход воды</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="212" />
      <source>distance along the pathway (km)</source>
      <translation>расстояние вдоль пути (км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="105" />
      <source>distance from the facility to the receptor (km)</source>
      <translation>расстояние от объекта до объекта воздействия (км)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="273" />
      <source>downstream id</source>
      <translation>идентификатор нижележащего участка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>downstream impact</source>
      <translation>воздействие ниже по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="212" />
      <source>downstream pathway</source>
      <translation>путь распространения ниже по течению</translation>
    </message>
    <message>
      <source>downstream: {n} settlements, {p:,.0f} people exposed</source>
      <translation type="obsolete">ниже по течению: населённых пунктов под угрозой — {n}, людей — {p:,.0f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="62" />
      <source>downstream: {n} settlements, {p} people exposed</source>
      <translation>ниже по течению: населённых пунктов под угрозой — {n}, людей — {p}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="150" />
      <source>duplicate part name {v!r}.</source>
      <translation>повторяющееся имя составляющей {v!r}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="404" />
      <source>empty id</source>
      <translation>пустой идентификатор</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="87" />
      <source>empty id (named after its feature number)</source>
      <translation>пустой идентификатор (назван по номеру объекта)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="66" />
      <source>end of the mapped rivers (the data stop, not an outlet)</source>
      <translation>конец нанесённой речной сети (данные обрываются, это не устье)</translation>
    </message>
    <message>
      <source>end of the river data</source>
      <translation type="obsolete">конец данных о реках</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="67" />
      <source>enters the country</source>
      <translation>вход в страну</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="180" />
      <source>expected a [lower bound, score] pair.</source>
      <translation>ожидалась пара [нижняя граница, балл].</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="175" />
      <source>expected a non-empty list of [lower bound, score] pairs.</source>
      <translation>ожидался непустой список пар [нижняя граница, балл].</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="128" />
      <source>expected a non-empty list.</source>
      <translation>ожидался непустой список.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="88" />
      <source>expected a non-empty text.</source>
      <translation>ожидался непустой текст.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="80" />
      <source>expected a number, found {v!r}.</source>
      <translation>ожидалось число, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="72" />
      <source>expected an object.</source>
      <translation>ожидался объект.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="191" />
      <source>expected at least one category.</source>
      <translation>ожидается хотя бы одна категория.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="96" />
      <source>expected one of {allowed}, found {v!r}.</source>
      <translation>ожидалось одно из значений {allowed}, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="398" />
      <source>exposed</source>
      <translation>затрагиваемые объекты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="250" />
      <source>facilities</source>
      <translation>хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_results.py" line="257" />
      <source>facility</source>
      <translation>объект</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="62" />
      <source>facility facts under the title</source>
      <translation>сведения об объекте под заголовком</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="90" />
      <source>facility id</source>
      <translation>идентификатор объекта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/upstream_view.py" line="108" />
      <source>facility upstream</source>
      <translation>объект выше по течению</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="160" />
      <source>feature {n}</source>
      <translation>объект {n}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>field</source>
      <translation>из поля</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="76" />
      <source>first border {b}</source>
      <translation>первая граница: {b}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="44" />
      <source>flood hazard</source>
      <translation>опасность затопления</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="394" />
      <source>from discharge</source>
      <translation>по расходу воды</translation>
    </message>
    <message>
      <source>from {a:.1f} to {b:.1f} m/s (median {m:.1f}; read from the pathway times)</source>
      <translation type="obsolete">от {a:.1f} до {b:.1f} м/с (медиана {m:.1f}; по времени добегания на пути)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="74" />
      <source>from {a} to {b} m/s (median {m}; read from the pathway times)</source>
      <translation>от {a} до {b} м/с (медиана {m}; по времени добегания на пути)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="38" />
      <source>h</source>
      <translation>ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="220" />
      <source>ha</source>
      <translation>га</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="160" />
      <source>hazard index</source>
      <translation>индекс опасности</translation>
    </message>
    <message>
      <source>hazard index {v:.1f}</source>
      <translation type="obsolete">индекс опасности {v:.1f}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="55" />
      <source>hazard index {v}</source>
      <translation>индекс опасности {v}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="70" />
      <source>highest of the four dispersion methods</source>
      <translation>наибольшая из четырёх методик дисперсии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="90" />
      <source>implausible mass (treated as missing)</source>
      <translation>неправдоподобная масса (считается отсутствующей)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="89" />
      <source>implausible volume (treated as missing)</source>
      <translation>неправдоподобный объём (считается отсутствующим)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/plausibility_io.py" line="74" />
      <source>impossible coordinates ({reason})</source>
      <translation>невозможные координаты ({reason})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="319" />
      <source>in the future: check the date</source>
      <translation>в будущем: проверьте дату</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="403" />
      <source>inputs missing: {parts}</source>
      <translation>нет исходных данных: {parts}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="188" />
      <source>item '{id}' ({purpose}) is missing</source>
      <translation>отсутствует элемент «{id}» ({purpose})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="194" />
      <source>item '{id}' must be {kind}, it is {got}</source>
      <translation>элемент «{id}» должен быть типа «{kind}», а имеет тип «{got}»</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="224" />
      <source>kg</source>
      <translation>кг</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plume.py" line="254" />
      <source>kind needs one value per segment or per vertex.</source>
      <translation>Для kind нужно по одному значению на сегмент или на вершину.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="221" />
      <source>km</source>
      <translation>км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="295" />
      <source>lake</source>
      <translation>озёр</translation>
    </message>
    <message>
      <source>latitude {lat:g} is outside -90…90</source>
      <translation type="obsolete">широта {lat:g} вне диапазона −90…90</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="101" />
      <source>latitude {lat} is outside -90…90</source>
      <translation>широта {lat} вне диапазона −90…90</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="339" />
      <source>layer {name}</source>
      <translation>слой {name}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="67" />
      <source>leaves the country</source>
      <translation>выход из страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="322" />
      <source>less than a year ago</source>
      <translation>менее года назад</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="73" />
      <source>line</source>
      <translation>линия</translation>
    </message>
    <message>
      <source>longitude {lon:g} is outside -180…180</source>
      <translation type="obsolete">долгота {lon:g} вне диапазона −180…180</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="103" />
      <source>longitude {lon} is outside -180…180</source>
      <translation>долгота {lon} вне диапазона −180…180</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="184" />
      <source>lower bounds must increase.</source>
      <translation>нижние границы должны возрастать.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="218" />
      <source>m</source>
      <translation>м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="279" />
      <source>main stem</source>
      <translation>главное русло</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="43" />
      <source>management (status)</source>
      <translation>эксплуатация (статус)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="157" />
      <source>mass</source>
      <translation>масса</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="59" />
      <source>maximum distance</source>
      <translation>максимальное расстояние</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="412" />
      <source>maximum distance from field {f}</source>
      <translation>максимальное расстояние из поля {f}</translation>
    </message>
    <message>
      <source>maximum distance {d:g} km</source>
      <translation type="obsolete">максимальное расстояние {d:g} км</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="415" />
      <source>maximum distance {d} km</source>
      <translation>максимальное расстояние {d} км</translation>
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
      <translation>должно быть уникальным именем поля, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="160" />
      <source>must be a unique lowercase identifier, found {v!r}.</source>
      <translation>должно быть уникальным идентификатором в нижнем регистре, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_interval.py" line="184" />
      <source>must be an integer of at least 3.</source>
      <translation>должно быть целым числом не меньше 3.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="195" />
      <source>must be at least 1 (1 = spread between methods only).</source>
      <translation>должно быть не меньше 1 (1 = только разброс между методами).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="82" />
      <source>must be greater than 0, found {v!r}.</source>
      <translation>значение должно быть больше 0, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="181" />
      <source>must not exceed 1 (VF can never exceed VT).</source>
      <translation>не должно превышать 1 (VF никогда не может превышать VT).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="44" />
      <source>m³</source>
      <translation>м³</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="429" />
      <source>name</source>
      <translation>название</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="205" />
      <source>needs at least one rule: 'log10', 'thresholds' or 'categories'.</source>
      <translation>нужно хотя бы одно правило: 'log10', 'thresholds' или 'categories'.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="266" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="52" />
      <source>no arrival times: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>нет времени добегания: укажите результат EXPOSED алгоритма tailings:downstreamimpact</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="410" />
      <source>no assumed slope: no concentration without a slope field</source>
      <translation>без принятого уклона: без поля уклона концентрация не рассчитывается</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="45" />
      <source>no consequence class: it needs the people inside the runout zone</source>
      <translation>нет класса последствий: для него нужно население в зоне распространения хвостов</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="97" />
      <source>no coordinates</source>
      <translation>нет координат</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="65" />
      <source>no country layer was given to the analysis</source>
      <translation>в расчёт не был передан слой стран</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="82" />
      <source>no dam data (not assessed)</source>
      <translation>нет данных о дамбе (не оценивалось)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="46" />
      <source>no exposure computed: give the EXPOSED output of tailings:downstreamimpact</source>
      <translation>подверженность не рассчитана: укажите результат EXPOSED алгоритма tailings:downstreamimpact</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="42" />
      <source>no hazard screening (see the hazard index)</source>
      <translation>нет скрининга опасности (см. индекс опасности)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="38" />
      <source>no hazard screening: give the output of tailings:hazardscreening, and a stored volume and dam height or an explicit scenario</source>
      <translation>нет скрининга опасности: укажите результат tailings:hazardscreening, а также объём хранения и высоту дамбы или явный сценарий</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="417" />
      <source>no maximum distance</source>
      <translation>без ограничения расстояния</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="37" />
      <source>no operator is recorded in the facility layer</source>
      <translation>оператор не указан в слое объектов</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="56" />
      <source>no pathway given (PATHWAYS or SUMMARY)</source>
      <translation>путь не задан (PATHWAYS или SUMMARY)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="53" />
      <source>no pathway reaches a national border</source>
      <translation>ни один путь не доходит до государственной границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="61" />
      <source>no peak time: concentrations were not computed</source>
      <translation>нет времени пика: концентрации не вычислялись</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="207" />
      <source>no range given: single central estimates</source>
      <translation>диапазон не задан: только центральные оценки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="64" />
      <source>no river</source>
      <translation>нет реки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="43" />
      <source>no runout: the facilities have no stored volume and dam height, or no screening</source>
      <translation>нет дальности распространения: у объектов нет объёма хранения и высоты дамбы или нет скрининга</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="60" />
      <source>no travel time: the pathway has no velocity</source>
      <translation>нет времени добегания: для пути не задана скорость</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="565" />
      <source>no user scenario: facilities without data are not assessed</source>
      <translation>без пользовательского сценария: объекты без данных не оцениваются</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="68" />
      <source>no value in the inputs</source>
      <translation>нет значения во входных данных</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="336" />
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="207" />
      <source>none (central estimates)</source>
      <translation>нет (центральные оценки)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="555" />
      <source>none recorded</source>
      <translation>не зафиксированы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="476" />
      <source>none within the traced reach</source>
      <translation>нет в пределах прослеженного участка</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_import_registry.py" line="245" />
      <source>not a point</source>
      <translation>не точка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="186" />
      <source>not computed</source>
      <translation>не вычислялось</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="146" />
      <source>not known</source>
      <translation>нет данных</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="23" />
      <source>not recorded</source>
      <translation>не записано</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="22" />
      <source>not recorded in the inputs</source>
      <translation>не записано во входных данных</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="429" />
      <source>operator</source>
      <translation>оператор</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="53" />
      <source>operator not recorded</source>
      <translation>оператор не указан</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="61" />
      <source>outlet</source>
      <translation>устье</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="405" />
      <source>outside the CRS's area of use</source>
      <translation>вне области применения системы координат</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="88" />
      <source>outside the area of use of the layer's CRS</source>
      <translation>вне области применения системы координат слоя</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="187" />
      <source>overland leg (assumed)</source>
      <translation>участок по поверхности (предполагаемый)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="138" />
      <source>par_basis must be 'high' or 'central'.</source>
      <translation>par_basis должен быть 'high' или 'central'.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="195" />
      <source>parameters and assumptions</source>
      <translation>параметры и допущения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="400" />
      <source>partial</source>
      <translation>неполный</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="400" />
      <source>partial: missing {parts}</source>
      <translation>неполный, отсутствуют: {parts}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="306" />
      <source>pathway</source>
      <translation>путей переноса</translation>
    </message>
    <message>
      <source>pathway {v:,.0f} km</source>
      <translation type="obsolete">путь распространения {v:,.0f} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="59" />
      <source>pathway {v} km</source>
      <translation>путь распространения {v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="209" />
      <source>peak (mg/L)</source>
      <translation>пик (мг/л)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="206" />
      <source>peak concentration</source>
      <translation>пиковая концентрация</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="403" />
      <source>peak concentration: dispersion method {m}</source>
      <translation>пиковая концентрация: методика дисперсии {m}</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="401" />
      <source>peak concentration: highest of the four dispersion methods</source>
      <translation>пиковая концентрация: наибольшая из четырёх методик дисперсии</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="585" />
      <source>peak mg/L</source>
      <translation>пик, мг/л</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/profile_panel.py" line="161" />
      <source>peak {p}</source>
      <translation>пик {p}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="212" />
      <source>people inside the central runout zone (par)</source>
      <translation>люди внутри центральной зоны распространения (par)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="210" />
      <source>people inside the upper runout zone (par_high)</source>
      <translation>люди внутри верхней зоны распространения (par_high)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="72" />
      <source>point</source>
      <translation>точка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="201" />
      <source>points to {t!r}, which is not a category.</source>
      <translation>ссылается на {t!r}, что не является категорией.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="74" />
      <source>polygon</source>
      <translation>полигон</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="143" />
      <source>population</source>
      <translation>численность населения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="234" />
      <source>population not known</source>
      <translation>численность населения неизвестна</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="204" />
      <source>range of the dispersion formulas</source>
      <translation>разброс по формулам дисперсии</translation>
    </message>
    <message>
      <source>ranges: {p:g} % prediction interval of the refit on {n} failures (Chambers et al. 2023)</source>
      <translation type="obsolete">диапазоны: {p:g}-процентный интервал предсказания по повторной подгонке на {n} авариях (Chambers et al. 2023)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="547" />
      <source>ranges: {p} % prediction interval of the refit on {n} failures (Chambers et al. 2023)</source>
      <translation>диапазоны: {p}-процентный интервал предсказания по повторной подгонке на {n} авариях (Chambers et al. 2023)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="271" />
      <source>reach id</source>
      <translation>идентификатор участка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="164" />
      <source>receptor</source>
      <translation>объектов воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="526" />
      <source>receptor id</source>
      <translation>идентификатор объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="157" />
      <source>receptor name</source>
      <translation>название объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="253" />
      <source>receptors</source>
      <translation>объекты воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="80" />
      <source>registry data</source>
      <translation>данные реестра</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="38" />
      <source>required</source>
      <translation>обязательное</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="167" />
      <source>river</source>
      <translation>рек</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="148" />
      <source>river name</source>
      <translation>название реки</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="251" />
      <source>rivers</source>
      <translation>реки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="440" />
      <source>row {n}</source>
      <translation>строка {n}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="203" />
      <source>runout range, level not recorded</source>
      <translation>диапазон дальности, уровень не записан</translation>
    </message>
    <message>
      <source>runout {v:.0f} km</source>
      <translation type="obsolete">дальность распространения {v:.0f} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_text.py" line="57" />
      <source>runout {v} km</source>
      <translation>дальность распространения {v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="104" />
      <source>see the recorded assumptions</source>
      <translation>см. записанные допущения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="45" />
      <source>seismic hazard</source>
      <translation>сейсмическая опасность</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="139" />
      <source>self-intersection or too few points</source>
      <translation>самопересечение или слишком мало точек</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="242" />
      <source>settlement</source>
      <translation>населённых пунктов</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="141" />
      <source>settlement (size: population)</source>
      <translation>населённый пункт (размер — население)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="134" />
      <source>settlement name</source>
      <translation>название населённого пункта</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="252" />
      <source>settlements</source>
      <translation>населённые пункты</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="277" />
      <source>slope</source>
      <translation>уклон</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="406" />
      <source>slope from the DEM where no slope field</source>
      <translation>уклон по ЦМР там, где нет поля уклона</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="41" />
      <source>stored volume</source>
      <translation>объём складированных хвостов</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_items.py" line="340" />
      <source>tailings</source>
      <translation>хвостохранилища</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="62" />
      <source>terminal lake</source>
      <translation>бессточное озеро</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="67" />
      <source>the caption of the border-crossing table</source>
      <translation>подпись таблицы пересечений границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="66" />
      <source>the caption of the exposed-settlement table</source>
      <translation>подпись таблицы населённых пунктов в зоне воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="64" />
      <source>the data sources</source>
      <translation>источники данных</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="59" />
      <source>the distance from the river was not computed</source>
      <translation>расстояние от реки не рассчитано</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="62" />
      <source>the facility layer has no hazard index: give the output of tailings:hazardscreening</source>
      <translation>в слое объектов нет индекса опасности: укажите результат tailings:hazardscreening</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="36" />
      <source>the facility layer has no region field</source>
      <translation>в слое объектов нет поля региона</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="53" />
      <source>the legend</source>
      <translation>условные обозначения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="51" />
      <source>the main map (facility and pathway)</source>
      <translation>основная карта (объект и путь распространения)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="58" />
      <source>the north arrow</source>
      <translation>стрелка севера</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="52" />
      <source>the overview inset of Kazakhstan and its neighbours</source>
      <translation>обзорная врезка: Казахстан и соседние страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="44" />
      <source>the population inside the runout zone was not computed (no runout or no settlements)</source>
      <translation>население в зоне распространения хвостов не рассчитано (нет дальности распространения или населённых пунктов)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="63" />
      <source>the print date</source>
      <translation>дата печати</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/receptor_atlas.py" line="25" />
      <source>the receptor</source>
      <translation>объекта воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="57" />
      <source>the scale bar</source>
      <translation>масштабная линейка</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="59" />
      <source>the screening-estimate disclaimer</source>
      <translation>оговорка о предварительном (скрининговом) характере оценки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="57" />
      <source>the settlement layer has no country</source>
      <translation>в слое населённых пунктов нет страны</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="58" />
      <source>the settlement layer has no population</source>
      <translation>в слое населённых пунктов нет численности населения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="56" />
      <source>the table of border crossings</source>
      <translation>таблица пересечений границы</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="55" />
      <source>the table of exposed settlements</source>
      <translation>таблица населённых пунктов в зоне воздействия</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="54" />
      <source>the title (facility name and operator)</source>
      <translation>заголовок (название объекта и оператор)</translation>
    </message>
    <message>
      <source>the tracing output could not be read</source>
      <translation type="obsolete">не удалось прочитать результат трассировки</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="44" />
      <source>thousand m³</source>
      <translation>тыс. м³</translation>
    </message>
    <message>
      <source>thousand m³ (тыс. м³)</source>
      <translation type="obsolete">тыс. м³</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="154" />
      <source>time of peak</source>
      <translation>время пика</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="42" />
      <source>toxicity (water hazard class)</source>
      <translation>токсичность (класс опасности для воды)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="197" />
      <source>travel time not known</source>
      <translation>время добегания неизвестно</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="336" />
      <source>unnamed facility</source>
      <translation>объект без названия</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="551" />
      <source>upper</source>
      <translation>верхней</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/value_labels.py" line="81" />
      <source>user scenario</source>
      <translation>сценарий пользователя</translation>
    </message>
    <message>
      <source>user scenario where the registry has no data: {v:g} m³, {h:g} m</source>
      <translation type="obsolete">пользовательский сценарий там, где в реестре нет данных: {v:g} м³, {h:g} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="560" />
      <source>user scenario where the registry has no data: {v} m³, {h} m</source>
      <translation>пользовательский сценарий там, где в реестре нет данных: {v} м³, {h} м</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="275" />
      <source>velocity</source>
      <translation>скорость течения</translation>
    </message>
    <message>
      <source>velocity: {s}; constant {v:g} m/s where nothing else is known (and on the overland leg)</source>
      <translation type="obsolete">скорость: {s}; постоянная {v:g} м/с там, где другое неизвестно (и на наземном участке)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_output.py" line="393" />
      <source>velocity: {s}; constant {v} m/s where nothing else is known (and on the overland leg)</source>
      <translation>скорость: {s}; постоянная {v} м/с там, где другое неизвестно (и на наземном участке)</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="158" />
      <source>volume</source>
      <translation>объём</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="202" />
      <source>volume_m3_min must be smaller than volume_m3_max.</source>
      <translation>volume_m3_min должно быть меньше volume_m3_max.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="546" />
      <source>volumes read in {u}</source>
      <translation>объёмы прочитаны в {u}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="226" />
      <source>within (days, 0 = any time)</source>
      <translation>за (сут., 0 — за любое время)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="266" />
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{a:.1f} to {b:.1f} m/s</source>
      <translation type="obsolete">от {a:.1f} до {b:.1f} м/с</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="201" />
      <source>{alg} failed: see the Processing log for details.</source>
      <translation>{alg}: ошибка выполнения; подробности см. в журнале Processing.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="193" />
      <source>{alg} finished.</source>
      <translation>{alg}: выполнение завершено.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="198" />
      <source>{alg} was cancelled.</source>
      <translation>{alg}: выполнение отменено.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="69" />
      <source>{a} to {b} m/s</source>
      <translation>от {a} до {b} м/с</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="125" />
      <source>{column}: empty — {why}.</source>
      <translation>{column}: пусто — {why}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="310" />
      <source>{countries} (along the border)</source>
      <translation>{countries} (вдоль границы)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/styles.py" line="309" />
      <source>{countries} border</source>
      <translation>граница {countries}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="69" />
      <source>{d} days ({h} h)</source>
      <translation>{d} сут ({h} ч)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="215" />
      <source>{d} is implausibly early.</source>
      <translation>{d} — неправдоподобно ранняя дата.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="213" />
      <source>{d} is in the future.</source>
      <translation>{d} — дата в будущем.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/snap_hint.py" line="53" />
      <source>{facility} is not on a river: the nearest mapped river is {nearest} away.</source>
      <translation>Объект «{facility}» не у реки: ближайшая река на карте — в {nearest}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="120" />
      <source>{h} h</source>
      <translation>{h} ч</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="87" />
      <source>{key}: {reason}; treated as missing.</source>
      <translation>{key}: {reason}; значение считается отсутствующим.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="284" />
      <source>{kind} coordinates are not lon/lat degrees: reproject the layer to EPSG:4326.</source>
      <translation>{kind}: координаты заданы не в градусах долготы/широты; перепроецируйте слой в EPSG:4326.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="209" />
      <source>{kind}: {n} points but {m} countries.</source>
      <translation>{kind}: точек — {n}, а стран — {m}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="199" />
      <source>{kind}: {n} points but {m} names.</source>
      <translation>{kind}: точек — {n}, а названий — {m}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="203" />
      <source>{kind}: {n} points but {m} population values.</source>
      <translation>{kind}: точек — {n}, а значений численности населения — {m}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="513" />
      <source>{km}, after {h}</source>
      <translation>{km}, через {h}</translation>
    </message>
    <message>
      <source>{k} facilities are farther than {d:.0f} m from any river and reach no receptor.</source>
      <translation type="obsolete">Объектов дальше {d:.0f} м от любой реки (не достигают ни одного объекта воздействия): {k}.</translation>
    </message>
    <message>
      <source>{k} facilities are farther than {d:.0f} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation type="obsolete">Объектов, удалённых от ближайшей реки более чем на {d:.0f} м: {k}; путь распространения для них не построен (end_reason no_river, расстояние указано).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="344" />
      <source>{k} facilities are farther than {d} m from any river and reach no receptor.</source>
      <translation>Объектов дальше {d} м от любой реки (не достигают ни одного объекта воздействия): {k}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="252" />
      <source>{k} facilities are farther than {d} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation>Объектов, удалённых от ближайшей реки более чем на {d} м: {k}; путь распространения для них не построен (end_reason no_river, расстояние указано).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="196" />
      <source>{k} facilities have no valid coordinates and were not traced.</source>
      <translation>Объектов без допустимых координат: {k}; путь распространения для них не построен.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="512" />
      <source>{k} negative maximum distances were treated as no limit.</source>
      <translation>Отрицательных значений максимального расстояния: {k}; они рассматриваются как отсутствие ограничения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_build.py" line="306" />
      <source>{k} reaches have an empty reach id; fill the reach-id field.</source>
      <translation>Участков с пустым идентификатором: {k}; заполните поле идентификатора участка.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="131" />
      <source>{k} settlements have no usable population ({d}); they are listed but not counted.</source>
      <translation>Населённых пунктов без пригодных данных о численности населения: {k} ({d}); они включены в список, но не учитываются в подсчёте.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="282" />
      <source>{layer} cannot be edited: the form opens read-only.</source>
      <translation>Слой {layer} нельзя редактировать: форма открывается только для чтения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="114" />
      <source>{layer} reloaded: {n} facilities.</source>
      <translation>Слой {layer} перечитан. Объектов: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_registry.py" line="130" />
      <source>{layer}: the edits were not saved.</source>
      <translation>{layer}: изменения не сохранены.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="116" />
      <source>{msg} ({k} pathways)</source>
      <translation>{msg} (путей распространения: {k})</translation>
    </message>
    <message>
      <source>{n:.0f} years ago</source>
      <translation type="obsolete">{n:.0f} г. назад</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="190" />
      <source>{name} failed: {err}. No output was written.</source>
      <translation>Ошибка в «{name}»: {err}. Результаты не записаны.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="196" />
      <source>{name} has {k} values; a pathway of {n} vertices needs 1, {s} (per segment) or {n} (per vertex).</source>
      <translation>{name}: значений — {k}; для пути из {n} вершин нужно 1, {s} (по сегментам) или {n} (по вершинам).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="282" />
      <source>{name} is infinite.</source>
      <translation>{name}: значение бесконечно.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="266" />
      <source>{name} is missing (NULL).</source>
      <translation>{name}: значение отсутствует (NULL).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="68" />
      <source>{name} is missing (NaN).</source>
      <translation>{name}: значение отсутствует (NaN).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="270" />
      <source>{name} is missing (empty).</source>
      <translation>{name}: значение отсутствует (пусто).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="62" />
      <source>{name} is missing.</source>
      <translation>{name}: значение отсутствует.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="66" />
      <source>{name} is not a number: {v!r}.</source>
      <translation>{name}: значение {v!r} не является числом.</translation>
    </message>
    <message>
      <source>{name} must be 0 or more, found {v:g}.</source>
      <translation type="obsolete">{name}: значение должно быть не меньше 0, получено {v:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="70" />
      <source>{name} must be 0 or more, found {v}.</source>
      <translation>{name}: значение должно быть не меньше 0, получено {v}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="294" />
      <source>{name}: expected a number, found {v!r}.</source>
      <translation>{name}: ожидалось число, получено {v!r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="290" />
      <source>{name}: unknown value {v!r}; expected one of: {allowed}.</source>
      <translation>{name}: неизвестное значение {v!r}; допустимые значения: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="254" />
      <source>{name}: {v!r} is not a finite number.</source>
      <translation>{name}: {v!r} не является конечным числом.</translation>
    </message>
    <message>
      <source>{name}: {v:g} is below the lowest threshold {lo:g}.</source>
      <translation type="obsolete">{name}: значение {v:g} ниже наименьшего порога {lo:g}.</translation>
    </message>
    <message>
      <source>{name}: {v:g} is outside the valid range{hint}.</source>
      <translation type="obsolete">{name}: значение {v:g} вне допустимого диапазона{hint}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="276" />
      <source>{name}: {v} is below the lowest threshold {lo}.</source>
      <translation>{name}: значение {v} ниже наименьшего порога {lo}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="262" />
      <source>{name}: {v} is outside the valid range{hint}.</source>
      <translation>{name}: значение {v} вне допустимого диапазона{hint}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="216" />
      <source>{n} border crossings reached by a facility; {m} more reached by none.</source>
      <translation>Пересечений границы, до которых доходит излив с объекта: {n}; ещё {m} не достигает ни один объект.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_border_watch.py" line="235" />
      <source>{n} crossings: {o} outgoing, {i} incoming.</source>
      <translation>Пересечений: {n} (исходящих: {o}, входящих: {i}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="91" />
      <source>{n} cycles (reaches flowing into each other) were found and broken at one link each.</source>
      <translation>Найдено циклов (участков, впадающих друг в друга): {n}; каждый разорван в одной связи.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="122" />
      <source>{n} different sets of assumptions; each facility's is in its section</source>
      <translation>{n} разных наборов допущений; допущения каждого объекта — в его разделе</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="531" />
      <source>{n} facilities are farther from a river than the snap distance: their population at risk and consequence class are left NULL (not assessed). Increase the snap distance to include them.</source>
      <translation>Объектов, расположенных от реки дальше расстояния привязки: {n}; население в зоне риска и класс последствий для них остаются NULL (не оценены). Чтобы включить их, увеличьте расстояние привязки.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="87" />
      <source>{n} facilities checked: {e} errors, {w} warnings.</source>
      <translation>Проверено объектов: {n}; ошибок: {e}, предупреждений: {w}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="353" />
      <source>{n} facilities did not reach a river within the snap distance: {ids}.</source>
      <translation>Объектов, не достигших реки в пределах расстояния привязки: {n} ({ids}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="170" />
      <source>{n} facilities have an empty or NULL id; each is named after its feature number ({example}): {fids}.</source>
      <translation>Объектов с пустым идентификатором (NULL): {n}; каждый назван по номеру объекта ({example}): {fids}.</translation>
    </message>
    <message>
      <source>{n} facilities have an empty or NULL id; they are named 'feature &lt;number&gt;': {fids}.</source>
      <translation type="obsolete">Объектов с пустым идентификатором (NULL): {n}; они названы «объект &lt;номер&gt;»: {fids}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/impact_inputs.py" line="48" />
      <source>{n} facilities have an implausible released mass or volume (text, not finite, negative or above 1e10 m³), treated as missing and flagged in the summary: {ids}.</source>
      <translation>У {n} объектов неправдоподобная масса ЗВ или объём излившихся хвостов (текст, не конечное число, отрицательное значение или больше 1e10 м³): значение считается отсутствующим и отмечено в сводке: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/atlas_inputs.py" line="439" />
      <source>{n} facilities have no pathway and get no page.</source>
      <translation>Объектов без пути распространения (лист для них не создаётся): {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="395" />
      <source>{n} facilities have no stored volume or dam height: not assessed (no runout, no rank). Give a user scenario to assess them on that assumption.</source>
      <translation>Объектов без объёма хранения или высоты дамбы: {n}; они не оценены (нет дальности, нет ранга). Задайте пользовательский сценарий, чтобы оценить их при этом допущении.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="214" />
      <source>{n} facilities lie outside the area of use of the layer's CRS {crs}; check that the CRS is right: {ids}.</source>
      <translation>Объектов вне области применения системы координат слоя {crs}: {n}; проверьте, правильно ли задана система координат: {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/crossing_atlas.py" line="237" />
      <source>{n} facilities upstream; the first, {name}, arrives after {arrival} ({km} km)</source>
      <translation>Объектов выше по течению: {n}; первым доходит {name}: через {arrival} ({km} км)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report_html.py" line="206" />
      <source>{n} facilities, {e} with exposed settlements, {b} whose pathway crosses a border.</source>
      <translation>Объектов: {n}; из них с населёнными пунктами в зоне воздействия: {e}; с путём распространения через государственную границу: {b}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="394" />
      <source>{n} facilities.</source>
      <translation>Объектов: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="296" />
      <source>{n} facilities. Choose one in the list, or click one on the map with Pick.</source>
      <translation>Объектов: {n}. Выберите объект в списке или щёлкните по нему на карте с помощью кнопки «Выбрать».</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="306" />
      <source>{n} facilities: {c} with a complete hazard index, {r} with a runout estimate, {p} with a consequence class.</source>
      <translation>Объектов: {n}; с полным индексом опасности: {c}, с оценкой дальности распространения: {r}, с классом последствий: {p}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="90" />
      <source>{n} links through lakes were added (reach ending in a lake to its outflow).</source>
      <translation>Добавлено связей через озёра (от участка, впадающего в озеро, к вытекающему из него участку): {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="380" />
      <source>{n} map images found in {f}.</source>
      <translation>Найдено изображений карт в {f}: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_crossing_maps.py" line="175" />
      <source>{n} map pages to write.</source>
      <translation>Листов карт к записи: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="82" />
      <source>{n} multipart reaches had gaps between parts, bridged by straight segments.</source>
      <translation>Составных участков с разрывами между частями: {n}; разрывы соединены прямыми отрезками.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_overland_flow_path.py" line="239" />
      <source>{n} of {m} facilities traced; end reasons: {r}.</source>
      <translation>Пути стока построены для {n} из {m} объектов; причины завершения: {r}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="273" />
      <source>{n} of {m} pathway segments have neither a velocity nor a discharge; give a constant velocity (m/s) for them.</source>
      <translation>Сегментов пути распространения, для которых не заданы ни скорость течения, ни расход воды: {n} из {m}; задайте для них постоянную скорость (м/с).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="227" />
      <source>{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing).</source>
      <translation>Объектов с неполным индексом опасности: {n} из {total} (см. thi_complete и thi_missing).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="115" />
      <source>{n} of {t} facilities joined the network through an assumed overland leg.</source>
      <translation>Объектов, подключённых к речной сети через предполагаемый участок по поверхности: {n} из {t}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/plausibility_io.py" line="69" />
      <source>{n} parts: one facility must be one point or polygon</source>
      <translation>частей: {n}; один объект должен быть одной точкой или одним полигоном</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="282" />
      <source>{n} pathway segments have no velocity or discharge; used the constant {v} m/s.</source>
      <translation>Сегментов пути распространения без скорости течения и расхода воды: {n}; для них принята постоянная скорость {v} м/с.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="161" />
      <source>{n} pathway vertices lie in more than one country polygon; the first polygon is used.</source>
      <translation>Вершин пути распространения, попадающих более чем в один полигон страны: {n}; используется первый полигон.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/impact.py" line="168" />
      <source>{n} pathway vertices lie in no country polygon (a gap, a sea or a lake); they are counted in the last country the pathway was in.</source>
      <translation>Вершин пути распространения вне полигонов стран (промежуток, море или озеро): {n}; они отнесены к последней стране, через которую прошёл путь.</translation>
    </message>
    <message>
      <source>{n} pathway vertices lie in no country polygon; they are labelled '{u}'.</source>
      <translation type="obsolete">Вершин пути распространения вне полигонов стран: {n}; им присвоена метка «{u}».</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="346" />
      <source>{n} pathways branch at a bifurcation; only the first branch is analysed. Choose a main stem field (or a discharge field) to follow the main stem.</source>
      <translation>Путей распространения, разветвляющихся в точке бифуркации: {n}; анализируется только первая ветвь. Выберите поле главного русла (или поле расхода воды), чтобы следовать по главному руслу.</translation>
    </message>
    <message>
      <source>{n} place</source>
      <translation type="obsolete">{n} населённый пункт</translation>
    </message>
    <message>
      <source>{n} places</source>
      <translation type="obsolete">{n} населённых пунктов</translation>
    </message>
    <message>
      <source>{n} places (few)</source>
      <translation type="obsolete">{n} населённых пункта</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="85" />
      <source>{n} reach ends were joined within the node tolerance.</source>
      <translation>Концов участков, соединённых в пределах допуска узлов: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="81" />
      <source>{n} reaches are empty, zero-length or invalid lines and were ignored.</source>
      <translation>Пустых, нулевой длины или некорректных участков: {n}; они не учитываются.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="89" />
      <source>{n} reaches end in a lake without outflow (terminal lake).</source>
      <translation>Участков, заканчивающихся в бессточном озере (конечный водоём): {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="88" />
      <source>{n} reaches end without a downstream reach and outside any lake.</source>
      <translation>Участков, заканчивающихся без нижележащего участка и вне озёр: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="100" />
      <source>{n} reaches have equal or missing elevations at both ends; digitised direction kept.</source>
      <translation>Участков с одинаковыми или отсутствующими высотами на обоих концах: {n}; сохранено направление оцифровки.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="94" />
      <source>{n} reaches have two or more downstream reaches (bifurcations).</source>
      <translation>Участков с двумя или более нижележащими участками (бифуркации): {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="86" />
      <source>{n} reaches join another reach mid-line; it was split there.</source>
      <translation>Участков, примыкающих к другому участку не в его узле: {n}; тот участок разделён в точке примыкания.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="95" />
      <source>{n} reaches point to a downstream id that does not exist; treated as outlets.</source>
      <translation>Участков со ссылкой на несуществующий идентификатор нижележащего участка: {n}; они рассматриваются как замыкающие (устьевые).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="98" />
      <source>{n} reaches repeat a reach id; only the first is linked to.</source>
      <translation>Участков с повторяющимся идентификатором: {n}; связь устанавливается только с первым из них.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="87" />
      <source>{n} reaches start on the interior of another reach (not linked).</source>
      <translation>Участков, начинающихся внутри другого участка (не связаны): {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="99" />
      <source>{n} reaches were reversed to run downstream.</source>
      <translation>Участков, перевёрнутых по направлению течения: {n}.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="500" />
      <source>{n} receptor × facility pairs found for {r} receptors.</source>
      <translation>Найдено пар «объект воздействия × хвостохранилище»: {n} (объектов воздействия: {r}).</translation>
    </message>
    <message>
      <source>{n} receptors are farther than {d:.0f} m from any river and get no sources: {ids}.</source>
      <translation type="obsolete">Объектов воздействия дальше {d:.0f} м от любой реки (источники не определены): {n} ({ids}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_upstream_sources.py" line="542" />
      <source>{n} receptors are farther than {d} m from any river and get no sources: {ids}.</source>
      <translation>Объектов воздействия дальше {d} м от любой реки (источники не определены): {n} ({ids}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="218" />
      <source>{n} receptors reached by a facility; {m} more reached by none.</source>
      <translation>Объектов воздействия, до которых доходит излив с объекта: {n}; ещё {m} не достигает ни один объект.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/shared_registry.py" line="275" />
      <source>{n} rows have no {c}: fill it in first.</source>
      <translation>Строк без {c}: {n}; сначала заполните это поле.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="503" />
      <source>{n} settlements have no usable population and count as 0 in the population at risk.</source>
      <translation>Населённых пунктов без пригодной численности населения: {n}; в населении в зоне риска они учитываются как 0.</translation>
    </message>
    <message>
      <source>{n} settlements, {p:,.0f} people exposed</source>
      <translation type="obsolete">населённых пунктов в зоне воздействия: {n}, население: {p:,.0f} чел.</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="217" />
      <source>{n} {label} features have no usable line geometry and were skipped.</source>
      <translation>Пропущены объекты без пригодной линейной геометрии ({label}: {n}).</translation>
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="173" />
      <source>{n} {label} have no geometry and were skipped: {ids}.</source>
      <translation>Пропущены объекты без геометрии ({label}: {n}): {ids}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="197" />
      <source>{p} % prediction interval of the released volume and the runout</source>
      <translation>{p} % интервал прогноза объёма излившихся хвостов и дальности распространения</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="169" />
      <source>{river} entering the country at {crossing} ({border})</source>
      <translation>{river}: вход в страну, пересечение {crossing} ({border})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="172" />
      <source>{river} leaving the country at {crossing} ({border})</source>
      <translation>{river}: выход из страны, пересечение {crossing} ({border})</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="480" />
      <source>{route} at {km}, arrival after {h}</source>
      <translation>{route}: на {km}, фронт дойдёт через {h}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/comparison.py" line="266" />
      <source>{shown} of {n} facilities</source>
      <translation>Показано объектов: {shown} из {n}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="396" />
      <source>{shown} of {n} facilities match the search.</source>
      <translation>Соответствуют поиску: {shown}; всего объектов: {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="162" />
      <source>{v!r} is not a key of 'sources'.</source>
      <translation>{v!r} не является ключом раздела 'sources'.</translation>
    </message>
    <message>
      <source>{v:.1f} m/s, constant</source>
      <translation type="obsolete">{v:.1f} м/с, постоянная</translation>
    </message>
    <message>
      <source>{v:.1f} m/s, constant along the river (read from the pathway times)</source>
      <translation type="obsolete">{v:.1f} м/с, постоянная вдоль реки (по времени добегания на пути)</translation>
    </message>
    <message>
      <source>{v:g} is above the plausible maximum {m:g} {unit}</source>
      <translation type="obsolete">{v:g} больше правдоподобного максимума {m:g} {unit}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network_report.py" line="76" />
      <source>{valid} of {reaches} reaches are valid lines; {components} separate drainage systems.</source>
      <translation>Участков с корректной линейной геометрией: {valid} из {reaches}; обособленных речных систем: {components}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="239" />
      <source>{v} days</source>
      <translation>{v} сут.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/units.py" line="41" />
      <source>{v} h</source>
      <translation>{v} ч</translation>
    </message>
    <message>
      <source>{v} is above the plausible maximum {m:g}: check the unit.</source>
      <translation type="obsolete">{v} больше правдоподобного максимума {m:g}: проверьте единицы измерения.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="72" />
      <source>{v} is above the plausible maximum {m} {unit}</source>
      <translation>{v} больше правдоподобного максимума {m} {unit}</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="203" />
      <source>{v} is above the plausible maximum {m}: check the unit.</source>
      <translation>{v} больше правдоподобного максимума {m}: проверьте единицы измерения.</translation>
    </message>
    <message>
      <source>{v} is below the plausible minimum {m:g}.</source>
      <translation type="obsolete">{v} меньше правдоподобного минимума {m:g}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="199" />
      <source>{v} is below the plausible minimum {m}.</source>
      <translation>{v} меньше правдоподобного минимума {m}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="69" />
      <source>{v} is negative</source>
      <translation>{v} — отрицательное число</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="67" />
      <source>{v} is not a finite number</source>
      <translation>{v} — не конечное число</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="195" />
      <source>{v} is not a whole number.</source>
      <translation>{v} не является целым числом.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/units.py" line="34" />
      <source>{v} km</source>
      <translation>{v} км</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="67" />
      <source>{v} m/s, constant</source>
      <translation>{v} м/с, постоянная</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/run_parameters.py" line="71" />
      <source>{v} m/s, constant along the river (read from the pathway times)</source>
      <translation>{v} м/с, постоянная вдоль реки (по времени добегания на пути)</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="198" />
      <source>{v} must be positive.</source>
      <translation>{v}: значение должно быть положительным.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="218" />
      <source>{what}: choose a facility first.</source>
      <translation>{what}: сначала выберите объект.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="213" />
      <source>{what}: the algorithm {id} is not available (is the Tailings provider enabled?).</source>
      <translation>{what}: алгоритм {id} недоступен (включён ли провайдер Tailings?).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock_card.py" line="216" />
      <source>{what}: wait for the running analysis to finish.</source>
      <translation>{what}: дождитесь завершения текущего анализа.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="600" />
      <source>… and {n} more (see the layer {name}).</source>
      <translation>… и ещё {n} (см. слой {name}).</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/plausibility.py" line="138" />
      <source>… and {n} more.</source>
      <translation>… и ещё {n}.</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/notification_plan.py" line="263" />
      <source>↑ summary</source>
      <translation>↑ к сводке</translation>
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/charts/profile.py" line="174" />
      <source>→ {country}</source>
      <translation>→ {country}</translation>
    </message>
  </context>
</TS>
