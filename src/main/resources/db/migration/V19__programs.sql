-- Enterprise programmes and the capacity-reduction ledger (issue 8, parts 2 and 3). The programme
-- catalogue and the ledger's products are data: each programme's holders (enterprises, or zones and
-- parks), the levels it is granted at and the plan target its count serves.

CREATE TABLE programme (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    holder_kind text NOT NULL CHECK (holder_kind IN ('enterprise', 'zone')),
    -- the levels a recognition may have, comma-separated, in the order shown
    levels      text NOT NULL,
    -- the plan target whose count this programme gives (a target code, as plan files write it)
    target_code text,
    position    integer NOT NULL UNIQUE
);

INSERT INTO programme (code, name_zh, name_en, holder_kind, levels, target_code, position) VALUES
    ('tech-centre', '企业技术中心', 'Enterprise technology centre', 'enterprise', 'national,provincial', NULL, 1),
    ('tech-innovation-demo', '技术创新示范企业', 'Technology-innovation demonstration enterprise', 'enterprise', 'national,provincial', NULL, 2),
    ('specialised-sme', '“专精特新”中小企业', '"Specialised, refined, distinctive and innovative" SME', 'enterprise', 'national,provincial', 'T-5.1.4-02', 3),
    ('service-manufacturing-demo', '服务型制造示范企业', 'Service-oriented manufacturing demonstration enterprise', 'enterprise', 'national,provincial', 'T-5.1.3-01', 4),
    ('industrial-design-centre', '工业设计中心', 'Industrial design centre', 'enterprise', 'national,provincial', 'T-5.1.3-02', 5),
    ('iim-standard', '两化融合管理体系贯标达标企业', 'Enterprise meeting the IT–industry integration management standard', 'enterprise', 'national,provincial', 'T-2.3.5-03', 6),
    ('iim-assessed', '通过两化融合管理体系贯标对标评估的企业', 'Enterprise passing the IT–industry integration management assessment', 'enterprise', 'national,provincial', 'T-5.2.1-02', 7),
    ('internet-manufacturing-pilot', '互联网与制造业融合创新试点企业（省级以上）', 'Internet and manufacturing integration pilot (provincial or above)', 'enterprise', 'national,provincial', 'T-5.2-01', 8),
    ('new-model-leader', '推广网络化协同、个性化定制等新型制造模式的大型企业', 'Large enterprise spreading new manufacturing models (networked collaboration, mass customisation)', 'enterprise', 'national,provincial', 'T-5.2.1-01', 9),
    ('iot-leader', '工业物联网示范应用龙头企业', 'Industrial IoT demonstration leader', 'enterprise', 'national,provincial', 'T-5.2.2-01', 10),
    ('green-factory', '绿色工厂', 'Green factory', 'enterprise', 'national,provincial', NULL, 11),
    ('smart-factory', '智能工厂、数字化车间', 'Smart factory or digital workshop', 'enterprise', 'national,provincial', NULL, 12),
    ('service-manufacturing-zone', '服务型制造功能示范区', 'Service-oriented manufacturing demonstration zone', 'zone', 'national,provincial', 'T-5.1.3-04', 13),
    ('internet-collab-park', '“互联网＋”协同制造示范园区、基地', '"Internet Plus" collaborative manufacturing park or base', 'zone', 'national,provincial', 'T-2.3.5-04', 14),
    ('civil-military-park', '军民结合产业示范园区', 'Civil–military integration industrial park', 'zone', 'national,provincial', 'T-5.1.6.3-01', 15),
    ('big-data-centre', '商用大数据营运中心、大数据产业示范园区或智慧物流枢纽', 'Commercial big-data centre, big-data park or smart logistics hub', 'zone', 'national,provincial', 'T-5.1.3-03', 16);

-- One recognition a holder received: an enterprise (its credit code in reporting's registry) or a
-- zone (a development zone of the plan, by its code, or a park named here with its region). Its
-- region and, for an enterprise, its GB/T 4754 class are kept as they were when it was recorded, so
-- lists by region and sector need no other module's tables.
CREATE TABLE programme_recognition (
    id              bigserial PRIMARY KEY,
    programme_code  text NOT NULL REFERENCES programme (code),
    enterprise_code text,
    zone_code       text,
    holder_name     text NOT NULL,
    -- what makes two recognitions the same holder: the credit code, the zone code or the park's name
    holder_key      text NOT NULL,
    region_code     text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    industry_code   text,
    level           text NOT NULL,
    year_granted    integer NOT NULL,
    year_withdrawn  integer,
    document_number text NOT NULL DEFAULT '',
    synthetic       boolean NOT NULL DEFAULT false,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    withdrawn_by    text,
    CHECK (year_withdrawn IS NULL OR year_withdrawn >= year_granted),
    UNIQUE (programme_code, holder_key, level, year_granted)
);

CREATE INDEX programme_recognition_region ON programme_recognition (programme_code, region_code);

-- The products whose capacity the ledger keeps, with their unit and the target of cumulative
-- withdrawal (万吨; flat glass in 万重量箱).
CREATE TABLE capacity_product (
    code        text PRIMARY KEY,
    name_zh     text NOT NULL,
    name_en     text NOT NULL,
    unit        text NOT NULL,
    target_code text,
    position    integer NOT NULL UNIQUE
);

INSERT INTO capacity_product (code, name_zh, name_en, unit, target_code, position) VALUES
    ('coal', '煤炭', 'Coal', '万吨', 'T-5.3.2-01', 1),
    ('pig-iron', '生铁', 'Pig iron', '万吨', 'T-5.3.2-02', 2),
    ('crude-steel', '粗钢', 'Crude steel', '万吨', 'T-5.3.2-03', 3),
    ('cement', '水泥', 'Cement', '万吨', NULL, 4),
    ('electrolytic-aluminium', '电解铝', 'Electrolytic aluminium', '万吨', NULL, 5),
    ('flat-glass', '平板玻璃', 'Flat glass', '万重量箱', NULL, 6),
    ('ferroalloy', '铁合金', 'Ferroalloy', '万吨', NULL, 7),
    ('calcium-carbide', '电石', 'Calcium carbide', '万吨', NULL, 8);

-- An enterprise's capacity of a product as of a date. A later statement replaces an earlier one
-- from its date on (it already counts the withdrawals before it).
CREATE TABLE capacity_statement (
    id              bigserial PRIMARY KEY,
    product_code    text NOT NULL REFERENCES capacity_product (code),
    enterprise_code text NOT NULL,
    enterprise_name text NOT NULL,
    region_code     text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    industry_code   text NOT NULL,
    capacity        numeric(14, 2) NOT NULL CHECK (capacity >= 0),
    as_of           date NOT NULL,
    document_number text NOT NULL DEFAULT '',
    synthetic       boolean NOT NULL DEFAULT false,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_code, enterprise_code, as_of)
);

-- Capacity withdrawn (退出、压减) from an enterprise on a date, by a document.
CREATE TABLE capacity_withdrawal (
    id              bigserial PRIMARY KEY,
    product_code    text NOT NULL REFERENCES capacity_product (code),
    enterprise_code text NOT NULL,
    enterprise_name text NOT NULL,
    region_code     text NOT NULL CHECK (region_code ~ '^[1-9][0-9]{5}$'),
    withdrawn_on    date NOT NULL,
    amount          numeric(14, 2) NOT NULL CHECK (amount > 0),
    document_number text NOT NULL,
    synthetic       boolean NOT NULL DEFAULT false,
    recorded_by     text NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_code, enterprise_code, withdrawn_on, document_number)
);

CREATE INDEX capacity_statement_product ON capacity_statement (product_code, region_code);
CREATE INDEX capacity_withdrawal_product ON capacity_withdrawal (product_code, region_code);

-- Which shipped demonstration data are loaded, so that a restart does not load them twice.
CREATE TABLE programme_shipped_data (
    name      text PRIMARY KEY,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
