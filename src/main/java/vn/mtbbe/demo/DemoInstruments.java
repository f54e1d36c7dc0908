package vn.mtbbe.demo;

import vn.mtbbe.achievement.domain.Area;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.domain.SubtaskKind;
import vn.mtbbe.registry.domain.Stage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static vn.mtbbe.achievement.domain.Skill.ADDITION;
import static vn.mtbbe.achievement.domain.Skill.FAMILIAR_WORDS;
import static vn.mtbbe.achievement.domain.Skill.INVENTED_WORDS;
import static vn.mtbbe.achievement.domain.Skill.LETTER_SOUNDS;
import static vn.mtbbe.achievement.domain.Skill.LISTENING_COMPREHENSION;
import static vn.mtbbe.achievement.domain.Skill.NUMBER_IDENTIFICATION;
import static vn.mtbbe.achievement.domain.Skill.ORAL_READING_FLUENCY;
import static vn.mtbbe.achievement.domain.Skill.READING_COMPREHENSION;
import static vn.mtbbe.achievement.domain.Skill.SUBTRACTION;
import static vn.mtbbe.achievement.domain.Skill.WORD_PROBLEMS;
import static vn.mtbbe.achievement.domain.SubtaskKind.OUT_OF;
import static vn.mtbbe.achievement.domain.SubtaskKind.TIMED;

/**
 * The demo's assessment instruments: parallel EGRA-style reading instruments in H'mong, Khmer, Jrai and Vietnamese
 * and one EGMA-style mathematics test in Vietnamese, for grades 1 to 3, with benchmark bands. Names and samples are
 * data: each sample is the first items as printed, in the language's own script (Khmer script for Khmer, RPA for
 * H'mong, the Latin orthography for Jrai).
 * <p>
 * The scripts do not read at one speed: a Vietnamese word is one short syllable, a Jrai word often two, a Khmer word
 * a cluster of stacked consonants and vowel signs. So each language's timed benchmarks are the Vietnamese ones
 * scaled by its {@linkplain #pace pace}, and the demo's results are drawn on the same scale.
 */
final class DemoInstruments {

    /** A subtask as the loader writes it; {@code seconds} is the time limit of a timed subtask, null otherwise. */
    record SubtaskSeed(String series, int position, Skill skill, SubtaskKind kind, int items, Integer seconds,
                       String sample, Map<Stage, Scoring.Thresholds> benchmarks) {

        boolean timed() {
            return kind == TIMED;
        }

        Scoring.Spec spec() {
            return new Scoring.Spec(position, skill, kind, items, seconds, benchmarks);
        }
    }

    /** One instrument (its first version), identified by its series. */
    record InstrumentSeed(String series, String name, Area area, String language, List<Stage> stages,
                          List<SubtaskSeed> subtasks) {

        boolean appliesTo(Stage stage) {
            return stages.contains(stage);
        }
    }

    static final List<Stage> STAGES = List.of(Stage.GRADE_1, Stage.GRADE_2, Stage.GRADE_3);
    static final int MINUTE = 60;

    /**
     * Benchmarks of the Vietnamese reading instrument, (approaching, meeting) for grades 1, 2 and 3: per minute for a
     * timed subtask, questions answered otherwise (of 5).
     */
    private static final Map<Skill, double[]> READING_BENCHMARKS = Map.of(
            LETTER_SOUNDS, new double[] {20, 35, 30, 45, 35, 50},
            FAMILIAR_WORDS, new double[] {12, 24, 22, 38, 32, 50},
            INVENTED_WORDS, new double[] {8, 16, 15, 28, 22, 38},
            ORAL_READING_FLUENCY, new double[] {12, 24, 25, 42, 38, 55},
            READING_COMPREHENSION, new double[] {2, 3, 2, 4, 3, 4},
            LISTENING_COMPREHENSION, new double[] {2, 3, 3, 4, 3, 4});

    /** Words (or letters) read a minute in a language at the level of one a minute in Vietnamese. */
    static double pace(String language) {
        return switch (language) {
            case "hmn" -> 0.82;
            case "jra" -> 0.73;
            case "km" -> 0.64;
            default -> 1.0;
        };
    }

    /** What a reading instrument prints: the first items of each subtask, and the passage's length in words. */
    private record Texts(String letters, String words, String inventedWords, String passage, int passageWords,
                         String question, String listeningQuestion) {
    }

    static final InstrumentSeed EGRA_VI = reading("EGRA-VI", "EGRA tiếng Việt", "vi", new Texts(
            "a  m  ô  th  b  ư  nh  đ  e  ng",
            "mẹ  bố  nhà  nước  cơm  chó  gà  trâu  tay  mắt",
            "khuôm  thoắp  nhiêng  quyếp  ngoen  tưm  xoáp  nghẹp",
            "Nhà bé Lan ở gần suối. Sáng nào Lan cũng dậy sớm, ăn cơm rồi cùng các bạn đi bộ đến trường.", 72,
            "Nhà bé Lan ở đâu?",
            "Các bạn nhỏ đi đâu?"));

    static final InstrumentSeed EGRA_HMN = reading("EGRA-HMN", "EGRA tiếng H'Mông", "hmn", new Texts(
            "n  t  m  k  p  d  l  s  ny  tx",
            "niam  txiv  tsev  dej  mov  dev  qaib  nyuj  tes  muag",
            "mab  lij  taus  nog  kiv  pem  suj  tob",
            "Kuv lub npe hu ua Pov. Kuv nyob hauv ib lub zos saum roob. Txhua hnub kuv mus kawm ntawv.", 66,
            "Pov nyob qhov twg?",
            "Leej twg mus kawm ntawv?"));

    static final InstrumentSeed EGRA_JRA = reading("EGRA-JRA", "EGRA tiếng Jrai", "jra", new Texts(
            "a  ơ  e  i  u  b  d  k  l  m",
            "ama  amĭ  sang  ia  asơi  asâo  mơnŭ  kơbao  tơngan  mơta",
            "blơk  hơmut  krih  mơtuk  pơlang  dơbôl  tơrip  klâo",
            "H'Nhi nao hrăm pơ sang hră. Amĭ laih anŭn ama H'Nhi mă bruă pơ hma.", 62,
            "Hlơi mă bruă pơ hma?",
            "Hlơi nao hrăm pơ sang hră?"));

    static final InstrumentSeed EGRA_KM = reading("EGRA-KM", "EGRA tiếng Khmer", "km", new Texts(
            "ក  ម  ស  ល  ន  ត  ប  រ  អ  ហ",
            "ម្ដាយ  ឪពុក  ផ្ទះ  ទឹក  សាលា  ឆ្កែ  បាយ  ដៃ  ភ្នែក  សៀវភៅ",
            "រិប  ណុក  ភេម  ខូល  ជាំត  សឹម  គោប  ញ៉ែល",
            "សុខាមានឆ្កែមួយ។ ឆ្កែនោះឈ្មោះខ្មៅ។ រៀងរាល់ព្រឹក ខ្មៅដើរទៅសាលាជាមួយសុខា។", 58,
            "តើឆ្កែរបស់សុខាឈ្មោះអ្វី?",
            "តើក្មេងៗទៅណា?"));

    static final InstrumentSeed EGMA = new InstrumentSeed("EGMA-VI", "EGMA Toán (tiếng Việt)", Area.MATHEMATICS, "vi",
            STAGES, List.of(
            subtask("EGMA-VI", 1, NUMBER_IDENTIFICATION, TIMED, 20, MINUTE, "7  12  30  56  9  81  23  100  4  47",
                    8, 14, 12, 18, 15, 22),
            subtask("EGMA-VI", 2, ADDITION, OUT_OF, 20, null, "3 + 2 =    6 + 4 =    8 + 7 =    12 + 5 =    25 + 13 =",
                    6, 10, 9, 14, 12, 16),
            subtask("EGMA-VI", 3, SUBTRACTION, OUT_OF, 20, null, "5 − 1 =    9 − 3 =    14 − 6 =    17 − 9 =    38 − 15 =",
                    4, 8, 7, 12, 10, 14),
            subtask("EGMA-VI", 4, WORD_PROBLEMS, OUT_OF, 6, null,
                    "Lan có 5 quả cam, mẹ cho Lan thêm 3 quả. Lan có tất cả bao nhiêu quả cam?",
                    2, 3, 2, 4, 3, 5)));

    /** In the order the loader writes them: the mother-tongue reading instruments, Vietnamese reading, mathematics. */
    static final List<InstrumentSeed> ALL = List.of(EGRA_HMN, EGRA_JRA, EGRA_KM, EGRA_VI, EGMA);

    private DemoInstruments() {
    }

    /** The reading instrument in {@code language}. */
    static InstrumentSeed reading(String language) {
        return ALL.stream().filter(i -> i.area() == Area.READING && i.language().equals(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo reading instrument in " + language));
    }

    private static InstrumentSeed reading(String series, String name, String language, Texts texts) {
        double pace = pace(language);
        List<SubtaskSeed> subtasks = new ArrayList<>();
        subtasks.add(timed(series, 1, LETTER_SOUNDS, 100, texts.letters(), pace));
        subtasks.add(timed(series, 2, FAMILIAR_WORDS, 50, texts.words(), pace));
        subtasks.add(timed(series, 3, INVENTED_WORDS, 50, texts.inventedWords(), pace));
        subtasks.add(timed(series, 4, ORAL_READING_FLUENCY, texts.passageWords(), texts.passage(), pace));
        subtasks.add(outOf(series, 5, READING_COMPREHENSION, 5, texts.question()));
        subtasks.add(outOf(series, 6, LISTENING_COMPREHENSION, 5, texts.listeningQuestion()));
        return new InstrumentSeed(series, name, Area.READING, language, STAGES, List.copyOf(subtasks));
    }

    private static SubtaskSeed timed(String series, int position, Skill skill, int items, String sample, double pace) {
        double[] b = READING_BENCHMARKS.get(skill);
        double[] scaled = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            scaled[i] = Math.round(b[i] * pace);
        }
        return subtask(series, position, skill, TIMED, items, MINUTE, sample, scaled);
    }

    private static SubtaskSeed outOf(String series, int position, Skill skill, int items, String sample) {
        return subtask(series, position, skill, OUT_OF, items, null, sample, READING_BENCHMARKS.get(skill));
    }

    /** {@code bands}: approaching and meeting for each of {@link #STAGES} in turn. */
    private static SubtaskSeed subtask(String series, int position, Skill skill, SubtaskKind kind, int items,
                                       Integer seconds, String sample, double... bands) {
        Map<Stage, Scoring.Thresholds> benchmarks = new EnumMap<>(Stage.class);
        for (int i = 0; i < STAGES.size(); i++) {
            benchmarks.put(STAGES.get(i), new Scoring.Thresholds(bands[2 * i], bands[2 * i + 1]));
        }
        return new SubtaskSeed(series, position, skill, kind, items, seconds, sample, Map.copyOf(benchmarks));
    }
}
