-- A region's own figures of water use per 万元 of industrial value added: the level, and its change
-- against 2015 as bureaus publish it ("万元工业增加值用水量较2015年下降56%").
INSERT INTO data_element (code, name_zh, name_en, unit, precision, aggregation, kind, frequency, scope, reported_by) VALUES
    ('WATER_INT', '万元工业增加值用水量', 'Water use per 10,000 yuan of industrial value added', '立方米/万元', 2, 'none', 'flow', 'year', '全部工业', 'region'),
    ('WATER_INT_CHG15', '万元工业增加值用水量较2015年变化', 'Change of water use per 10,000 yuan of industrial value added since 2015', '%', 1, 'none', 'flow', 'year', '全部工业', 'region');

INSERT INTO data_set_element (data_set, data_element, ordinal) VALUES
    ('REG-Y', 'WATER_INT', 12),
    ('REG-Y', 'WATER_INT_CHG15', 13);
