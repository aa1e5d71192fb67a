-- A bilingual board's own words in Welsh (issue 12): its name and policy title, its organisations' names, and each
-- clause's section and words. Null means "no Welsh text given": a Welsh page then shows the English and says so.
-- A clause's Welsh words are part of the clause: changing them on a cited clause makes a new version, as English.
alter table board add column name_cy varchar(200);
alter table board add column policy_title_cy varchar(400);
alter table parent_organisation add column name_cy varchar(200);
alter table policy_clause add column section_cy varchar(200);
alter table policy_clause add column clause_text_cy varchar(4000);

-- Cwm Taf's Welsh, from its practice guidance's headings (translated for the demo; a native speaker should read it).
-- "Outcomes" (OUT(a), OUT(b)) is left without Welsh on purpose: the demo shows how a missing Welsh text is told.
update board set name_cy = 'Byrddau Diogelu Cwm Taf',
    policy_title_cy = 'Rhwydweithio Cymdeithasol: Canllawiau Ymarfer i''r rheini y mae eu gwaith yn dod â hwy i gysylltiad â phlant, pobl ifanc ac oedolion sy''n wynebu risg yn ardal Cwm Taf'
    where id = 'cwmtaf';

update parent_organisation set name_cy = 'Heddlu De Cymru' where tenant_id = 'cwmtaf' and name = 'South Wales Police';
update parent_organisation set name_cy = 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg' where tenant_id = 'cwmtaf' and name = 'Cwm Taf Morgannwg University Health Board';
update parent_organisation set name_cy = 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf' where tenant_id = 'cwmtaf' and name = 'Rhondda Cynon Taf County Borough Council';
update parent_organisation set name_cy = 'Cyngor Bwrdeistref Sirol Merthyr Tudful' where tenant_id = 'cwmtaf' and name = 'Merthyr Tydfil County Borough Council';
update parent_organisation set name_cy = 'Gwasanaeth Carchardai a Phrawf EF Cymru' where tenant_id = 'cwmtaf' and name = 'HM Prison and Probation Service Wales';

update policy_clause set section_cy = 'Defnydd personol o safleoedd rhwydweithio cymdeithasol'
    where tenant_id = 'cwmtaf' and section = 'Personal use of social networking sites';
update policy_clause set section_cy = 'Defnydd swyddogol o safleoedd rhwydweithio cymdeithasol'
    where tenant_id = 'cwmtaf' and section = 'Official use of social networking sites';

update policy_clause set clause_text_cy = 'Sicrhau eu bod yn defnyddio gosodiadau preifatrwydd sy''n diogelu eu bywyd preifat, er mwyn cadw ffiniau diogel rhwng eu hymarfer a''u bywyd preifat' where tenant_id = 'cwmtaf' and reference = 'PU(a)' and version_no = 1;
update policy_clause set clause_text_cy = 'Sicrhau nad ydynt yn ymddwyn mewn ffordd sy''n niweidiol i''w cyflogwr' where tenant_id = 'cwmtaf' and reference = 'PU(b)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chyfeirio at eu cyflogwr na''u rôl mewn ffordd sy''n niweidiol' where tenant_id = 'cwmtaf' and reference = 'PU(c)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â gwneud sylwadau cyhoeddus na diweddariadau statws sy''n cyfeirio at eu hymarfer; rhaid cadw cyfrinachedd' where tenant_id = 'cwmtaf' and reference = 'PU(d)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chyhoeddi unrhyw gynnwys a allai arwain at gamau am ddifenwad, gwahaniaethu, torri cyfrinachedd neu hawlfraint, diogelu data neu hawliadau eraill am iawndal. Mae hyn yn cynnwys, ond heb fod yn gyfyngedig i, ddeunydd anghyfreithlon, rhywiol neu sarhaus a allai ddwyn anfri arnoch chi neu ar eich sefydliad' where tenant_id = 'cwmtaf' and reference = 'PU(e)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â phostio delweddau o ddefnyddwyr gwasanaeth neu o ddigwyddiadau sy''n digwydd yn ystod diwrnod gwaith cyflogai ar safle rhwydweithio cymdeithasol personol' where tenant_id = 'cwmtaf' and reference = 'PU(f)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio ag anfon na phostio negeseuon sarhaus neu ddifenwol. Dylai cyflogeion fod yn ymwybodol bod gwefannau rhwydweithio cymdeithasol yn fforwm cyhoeddus, yn enwedig os yw''r cyflogai yn rhan o ''rwydwaith''. Ni ddylai cyflogeion dybio y bydd yr hyn a roddant ar unrhyw wefan yn aros yn breifat' where tenant_id = 'cwmtaf' and reference = 'PU(g)' and version_no = 1;
update policy_clause set clause_text_cy = 'Gofalu nad yw eu rhyngweithio ag eraill ar y safleoedd hyn yn niweidio perthnasoedd gwaith rhwng aelodau staff, cleientiaid, defnyddwyr gwasanaeth neu asiantaethau partner' where tenant_id = 'cwmtaf' and reference = 'PU(h)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â defnyddio logos cyflogwyr ar dudalennau gwe personol;' where tenant_id = 'cwmtaf' and reference = 'PU(i)' and version_no = 1;
update policy_clause set clause_text_cy = 'Peidio â chasglu gwybodaeth am ddefnyddwyr gwasanaeth o ffynonellau rhwydweithio cymdeithasol / ar-lein' where tenant_id = 'cwmtaf' and reference = 'PU(j)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn cael cysylltiad gan y wasg neu''r cyfryngau ynglŷn â chynnwys eu tudalen we bersonol sy''n ymwneud â''u cyflogaeth neu â gwaith eu sefydliad' where tenant_id = 'cwmtaf' and reference = 'NM(a)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn teimlo eu bod hwy, neu rywun arall, yn cael eu cam-drin gan gydweithwyr drwy safle rhwydweithio cymdeithasol sy''n cyfeirio at rolau cyflogaeth, neu at ddigwyddiadau yn ystod eu diwrnod gwaith' where tenant_id = 'cwmtaf' and reference = 'NM(b)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw gwybodaeth ar y safle yn achosi pryder ynghylch gwrthdaro buddiannau' where tenant_id = 'cwmtaf' and reference = 'NM(c)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os ydynt yn ansicr a yw gwybodaeth neu ddelweddau y maent am eu cyhoeddi ar eu tudalen we bersonol yn briodol' where tenant_id = 'cwmtaf' and reference = 'NM(d)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw defnyddiwr gwasanaeth yn ceisio clonio safle rhwydweithio cymdeithasol gan ddefnyddio hunaniaeth cyflogai neu wirfoddolwr' where tenant_id = 'cwmtaf' and reference = 'NM(e)' and version_no = 1;
update policy_clause set clause_text_cy = 'Os yw defnyddiwr gwasanaeth wedi ceisio cysylltu â chyflogai neu wirfoddolwr drwy rwydweithio cymdeithasol' where tenant_id = 'cwmtaf' and reference = 'NM(f)' and version_no = 1;
update policy_clause set clause_text_cy = 'Rhaid i unrhyw ddefnydd o safleoedd rhwydweithio cymdeithasol at ddibenion swyddogol ddilyn proses gymeradwyo briodol eich sefydliad.' where tenant_id = 'cwmtaf' and reference = 'OU' and version_no = 1;
