package vn.mtbbe.demo;

import vn.mtbbe.registry.domain.Sex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Plausible names of the pilot's ethnic groups, each in two forms: the mother-tongue form (H'mong in the
 * Romanized Popular Alphabet, Jrai in its Latin orthography, Khmer in Khmer script) and the Vietnamese form
 * used in school registers. Both forms of a name are drawn together from paired lists, so they always agree.
 */
final class DemoNames {

    /** A full name in both forms. For Kinh children the two are the same. */
    record Name(String nativeForm, String vietnameseForm) {
    }

    /** The same name part in the mother-tongue form and the Vietnamese form. */
    private record Part(String nativeForm, String vietnameseForm) {
    }

    /** Items drawn with integer weights, so common clan names come up more often than rare ones. */
    private static final class Weighted<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        Weighted<T> add(int weight, T item) {
            total += weight;
            items.add(item);
            cumulative.add(total);
            return this;
        }

        T pick(Random random) {
            int n = random.nextInt(total);
            for (int i = 0; ; i++) {
                if (n < cumulative.get(i)) {
                    return items.get(i);
                }
            }
        }
    }

    // H'mong: clan first in both forms, as registers in Lào Cai write it. Xyooj is the Xiong clan, Sùng in
    // Vietnamese. The Vietnamese form adds the middle name (A or Seo for boys, Thị or Mỷ for girls).
    private static final Weighted<Part> HMONG_CLANS = new Weighted<Part>()
            .add(18, new Part("Yaj", "Giàng")).add(16, new Part("Vaj", "Vàng")).add(14, new Part("Xyooj", "Sùng"))
            .add(12, new Part("Lis", "Lý")).add(10, new Part("Thoj", "Thào")).add(8, new Part("Muas", "Mùa"))
            .add(7, new Part("Hawj", "Hầu")).add(7, new Part("Vwj", "Vừ")).add(8, new Part("Lauj", "Lầu"));
    private static final List<Part> HMONG_BOYS = parts(
            "Pov", "Páo", "Tsav", "Chá", "Xwv", "Sử", "Txhiaj", "Chìa", "Zeb", "Dế", "Tuav", "Tủa",
            "Xab", "Xá", "Sis", "Sì", "Sees", "Sềnh", "Leej", "Lềnh", "Puas", "Pùa", "Tub", "Tú");
    private static final List<Part> HMONG_GIRLS = parts(
            "Maiv", "Mai", "Paj", "Pà", "Zuag", "Dua", "Xuab", "Xúa", "Suab", "Súa", "Tsawv", "Chở", "Dawg", "Dợ");

    // Jrai: the Vietnamese form splits compound clan names ("Rơ Mah") that Jrai writes as one word ("Rơmah")
    // and has no ƀ, č or ñ. Women's given names take "H'", some men's "Y".
    private static final Weighted<Part> JRAI_CLANS = new Weighted<Part>()
            .add(16, new Part("Rơmah", "Rơ Mah")).add(16, new Part("Ksor", "Ksor")).add(14, new Part("Siu", "Siu"))
            .add(10, new Part("Rơčăm", "Rơ Châm")).add(10, new Part("Nay", "Nay")).add(8, new Part("Kpă", "Kpă"))
            .add(8, new Part("Puih", "Puih")).add(6, new Part("Rahlan", "Rahlan")).add(6, new Part("Rơlan", "Rơ Lan"));
    private static final List<Part> JRAI_BOYS = parts(
            "Tơl", "Tơl", "Ñiu", "Nhiu", "Hyưk", "Hyưk", "Ƀlum", "Blum", "Pang", "Pang", "Krơi", "Krơi",
            "Phun", "Phun", "Tơnh", "Tơnh", "Hlang", "Hlang", "Nuk", "Nuk", "Dơk", "Dơk", "Čuk", "Chuk",
            "Kel", "Kel", "Ƀôk", "Bôk");
    private static final List<Part> JRAI_GIRLS = parts(
            "Nga", "Nga", "Ƀen", "Ben", "Ƀơ", "Bơ", "Yăm", "Yăm", "Ñi", "Nhi", "Mai", "Mai", "Hen", "Hen",
            "Ling", "Ling", "Ƀia", "Bia", "Čăm", "Chăm", "Ñung", "Nhung", "Hlim", "Hlim");

    // Khmer: family name first in both forms; the Vietnamese form spells each syllable apart and adds
    // "Thị" for most girls.
    private static final Weighted<Part> KHMER_SURNAMES = new Weighted<Part>()
            .add(30, new Part("ថាច់", "Thạch")).add(18, new Part("សឺន", "Sơn")).add(14, new Part("គីម", "Kim"))
            .add(14, new Part("ដាញ់", "Danh")).add(8, new Part("ឡឹម", "Lâm")).add(8, new Part("ចៅ", "Châu"))
            .add(8, new Part("លី", "Lý"));
    private static final List<Part> KHMER_BOYS = parts(
            "សុខា", "Sô Kha", "ចាន់ធា", "Chanh Tha", "ដារ៉ា", "Đa Ra", "សុផល", "Sô Phon", "សុភ័ក្ត្រ", "Sô Phắc",
            "សំណាង", "Sâm Nang", "វណ្ណា", "Vanh Na", "សុខុម", "Sô Khom", "វាសនា", "Vi Sa Na", "ឧត្តម", "U Đôm",
            "បូរ៉ា", "Bô Ra");
    private static final List<Part> KHMER_GIRLS = parts(
            "សារឿន", "Sa Rương", "សុភា", "Sô Phia", "ណារី", "Na Ri", "ម៉ាលី", "Ma Ly", "ធារី", "Thia Ri",
            "ចាន់ធី", "Chanh Thi", "បុប្ផា", "Bô Pha", "សុគន្ធា", "Sô Kun Thia", "កញ្ញា", "Ca Nha");

    // Kinh: surname frequencies roughly as in the population, so most searches for "Nguyen" find someone.
    private static final Weighted<String> KINH_SURNAMES = new Weighted<String>()
            .add(38, "Nguyễn").add(11, "Trần").add(10, "Lê").add(7, "Phạm").add(5, "Hoàng").add(4, "Vũ")
            .add(3, "Đặng").add(3, "Bùi").add(3, "Đỗ").add(2, "Ngô").add(2, "Hồ").add(2, "Dương");
    private static final Weighted<String> KINH_BOYS_MIDDLE = new Weighted<String>()
            .add(45, "Văn").add(15, "Minh").add(12, "Đức").add(10, "Quốc").add(8, "Gia").add(10, "Hoàng");
    private static final Weighted<String> KINH_GIRLS_MIDDLE = new Weighted<String>()
            .add(45, "Thị").add(15, "Ngọc").add(10, "Thu").add(10, "Thanh").add(10, "Bảo").add(10, "Khánh");
    private static final List<String> KINH_BOYS = List.of(
            "Minh", "Hùng", "Nam", "Long", "Huy", "Tuấn", "Khang", "Phúc", "Bảo", "Dũng", "Khôi", "An");
    private static final List<String> KINH_GIRLS = List.of(
            "Lan", "Hương", "Mai", "Linh", "Trang", "Ngọc", "Thảo", "Hà", "Anh", "Vy", "Nhi", "Hoa");

    private DemoNames() {
    }

    /** A name for a child of {@code ethnicity} (HMONG, JRAI, KHMER or KINH). */
    static Name of(String ethnicity, Sex sex, Random random) {
        return switch (ethnicity) {
            case "HMONG" -> hmong(sex, random);
            case "JRAI" -> jrai(sex, random);
            case "KHMER" -> khmer(sex, random);
            case "KINH" -> kinh(sex, random);
            default -> throw new IllegalArgumentException(ethnicity);
        };
    }

    static Name hmong(Sex sex, Random random) {
        Part clan = HMONG_CLANS.pick(random);
        Part given = pick(sex == Sex.F ? HMONG_GIRLS : HMONG_BOYS, random);
        String middle = sex == Sex.F ? (random.nextInt(5) == 0 ? "Mỷ" : "Thị") : (random.nextInt(3) == 0 ? "Seo" : "A");
        return new Name(clan.nativeForm() + " " + given.nativeForm(),
                clan.vietnameseForm() + " " + middle + " " + given.vietnameseForm());
    }

    static Name jrai(Sex sex, Random random) {
        Part clan = JRAI_CLANS.pick(random);
        Part given = pick(sex == Sex.F ? JRAI_GIRLS : JRAI_BOYS, random);
        String prefix = sex == Sex.F ? "H'" : random.nextInt(10) == 0 ? "Y " : "";
        return new Name(clan.nativeForm() + " " + prefix + given.nativeForm(),
                clan.vietnameseForm() + " " + prefix + given.vietnameseForm());
    }

    static Name khmer(Sex sex, Random random) {
        Part surname = KHMER_SURNAMES.pick(random);
        Part given = pick(sex == Sex.F ? KHMER_GIRLS : KHMER_BOYS, random);
        String middle = sex == Sex.F && random.nextInt(10) < 7 ? " Thị" : "";
        return new Name(surname.nativeForm() + " " + given.nativeForm(),
                surname.vietnameseForm() + middle + " " + given.vietnameseForm());
    }

    static Name kinh(Sex sex, Random random) {
        String surname = KINH_SURNAMES.pick(random);
        String middle = (sex == Sex.F ? KINH_GIRLS_MIDDLE : KINH_BOYS_MIDDLE).pick(random);
        String given;
        do {
            given = pick(sex == Sex.F ? KINH_GIRLS : KINH_BOYS, random);
        } while (given.equals(middle));
        String name = surname + " " + middle + " " + given;
        return new Name(name, name);
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static List<Part> parts(String... nativeAndVietnamese) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < nativeAndVietnamese.length; i += 2) {
            parts.add(new Part(nativeAndVietnamese[i], nativeAndVietnamese[i + 1]));
        }
        return List.copyOf(parts);
    }
}
