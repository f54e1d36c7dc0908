-- Khmer, the fifth interface language: the names of the programme's languages, the ethnic groups and the subjects for
-- Khmer readers (province names come with the places themselves).
INSERT INTO ref_name (kind, code, locale, name) VALUES
    ('LANGUAGE', 'vi',  'km', 'ភាសាវៀតណាម'),
    ('LANGUAGE', 'hmn', 'km', 'ភាសាម៉ុង'),
    ('LANGUAGE', 'km',  'km', 'ភាសាខ្មែរ'),
    ('LANGUAGE', 'jra', 'km', 'ភាសាចារ៉ាយ'),
    ('ETHNICITY', 'KINH',  'km', 'គិញ'),
    ('ETHNICITY', 'HMONG', 'km', 'ម៉ុង'),
    ('ETHNICITY', 'KHMER', 'km', 'ខ្មែរ'),
    ('ETHNICITY', 'JRAI',  'km', 'ចារ៉ាយ'),
    ('ETHNICITY', 'TAY',   'km', 'តៃ'),
    ('ETHNICITY', 'DAO',   'km', 'ដាវ'),
    ('ETHNICITY', 'BANA',  'km', 'បាណា'),
    ('SUBJECT', 'LITERACY',       'km', 'ការអាន និងការសរសេរ'),
    ('SUBJECT', 'MATHEMATICS',    'km', 'គណិតវិទ្យា'),
    ('SUBJECT', 'SCIENCE',        'km', 'ធម្មជាតិ និងវិទ្យាសាស្ត្រ'),
    ('SUBJECT', 'SOCIAL_STUDIES', 'km', 'សង្គម ប្រវត្តិសាស្ត្រ និងភូមិវិទ្យា'),
    ('SUBJECT', 'MOTHER_TONGUE',  'km', 'ភាសាកំណើត (ជាមុខវិជ្ជា)'),
    ('SUBJECT', 'VIETNAMESE',     'km', 'ភាសាវៀតណាម (ជាមុខវិជ្ជា)'),
    ('SUBJECT', 'ARTS',           'km', 'សិល្បៈ');
