package dev.tandem.understanding.sentiment;

import org.junit.jupiter.api.Test;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.language.Language;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentAnalyzerTest {

	private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

	@Test
	void scoresPraiseAsPositiveAndComplaintAsNegative() {
		assertThat(this.analyzer.analyze("Thanks a lot, the new dashboard is great!").label().isPositive()).isTrue();
		assertThat(this.analyzer.analyze("The export is broken and support is useless").label().isNegative()).isTrue();
		assertThat(this.analyzer.analyze("How do I change my shipping address?").label())
			.isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void numbersAreNeverSentimentEvenWhereTheLexiconHasSlangForThem() {
		assertThat(this.analyzer.analyze("Where is order 187? Invoice 86 is attached.").label())
			.isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void negationFlipsEnglish() {
		SentimentAssessment happy = this.analyzer.analyze("I am happy with the service");
		SentimentAssessment notHappy = this.analyzer.analyze("I am not happy with the service");
		assertThat(happy.score()).isPositive();
		assertThat(notHappy.score()).isNegative();
		assertThat(this.analyzer.analyze("the sync isn't working").score()).isNegative();
	}

	@Test
	void negationFlipsChinese() {
		assertThat(this.analyzer.analyze("我很满意").score()).isPositive();
		assertThat(this.analyzer.analyze("我不满意").score()).isNegative();
		assertThat(this.analyzer.analyze("问题一直没有解决").score()).isNegative();
		assertThat(this.analyzer.analyze("the problem has not been resolved").score()).isNegative();
		assertThat(this.analyzer.analyze("味道不错，送餐也快").score()).isPositive();
		assertThat(this.analyzer.analyze("一点也不好吃").score()).isNegative();
	}

	@Test
	void wishesAreNotPraise() {
		// what the customer hopes for did not happen this time
		assertThat(this.analyzer.analyze("希望下次能准时一点").score()).isNegative();
		assertThat(this.analyzer.analyze("如果能快点送到就好了").score()).isNegative();
		assertThat(this.analyzer.analyze("送餐很准时").score()).isPositive();
	}

	@Test
	void comparisonsReachToTheEndOfTheClause() {
		assertThat(this.analyzer.analyze("不如实体店的好吃").score()).isNegative();
		assertThat(this.analyzer.analyze("没有想象中的好吃").score()).isNegative();
	}

	@Test
	void wordsThatMerelyContainASentimentWordAreSkipped() {
		// 快递 is the courier, 香菜 coriander, 快两个小时 "almost two hours"
		assertThat(this.analyzer.analyze("快递员送来了香菜").label()).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(this.analyzer.analyze("等了快两个小时").score()).isNegative();
		assertThat(this.analyzer.analyze("送餐太晚了").score()).isNegative();
	}

	@Test
	void aContrastEndsTheReachOfANegator() {
		SentimentAssessment assessment = this.analyzer.analyze("没有酱但是有头发");
		assertThat(assessment.score()).isNegative();
		assertThat(assessment.evidence()).noneMatch((e) -> e.explanation().contains("negated"));
	}

	@Test
	void intensifiersCapsAndExclamationsStrengthen() {
		double plain = this.analyzer.analyze("the app is bad").score();
		assertThat(this.analyzer.analyze("the app is very bad").score()).isLessThan(plain);
		assertThat(this.analyzer.analyze("the app is BAD").score()).isLessThan(plain);
		assertThat(this.analyzer.analyze("the app is bad!!!").score()).isLessThan(plain);
		assertThat(this.analyzer.analyze("服务太差了").score()).isLessThan(this.analyzer.analyze("服务差").score());
	}

	@Test
	void contrastWeighsWhatFollows() {
		assertThat(this.analyzer.analyze("The food was good but the delivery was terribly late and cold").score())
			.isNegative();
		assertThat(this.analyzer.analyze("菜很好吃，但是送餐太慢了，等了两个小时").score()).isNegative();
	}

	@Test
	void emojiCount() {
		assertThat(this.analyzer.analyze("😡😡").label().isNegative()).isTrue();
		assertThat(this.analyzer.analyze("👍").label().isPositive()).isTrue();
	}

	@Test
	void detectsRequestForAHuman() {
		assertThat(this.analyzer.analyze("This bot is useless, let me talk to a human").signals().humanRequested())
			.isTrue();
		assertThat(this.analyzer.analyze("转人工").signals().humanRequested()).isTrue();
		assertThat(this.analyzer.analyze("我要人工客服").signals().humanRequested()).isTrue();
		assertThat(this.analyzer.analyze("How do I reset my password?").signals().humanRequested()).isFalse();
	}

	@Test
	void detectsAngerComplaintAndUrgency() {
		SentimentAssessment angry = this.analyzer
			.analyze("This is RIDICULOUS!!! Worst service ever, I will file a complaint with the regulator");
		assertThat(angry.signals().isAngry()).isTrue();
		assertThat(angry.signals().isComplaintRisk()).isTrue();
		assertThat(angry.label()).isEqualTo(SentimentLabel.VERY_NEGATIVE);
		assertThat(this.analyzer.analyze("紧急！系统无法登录，请马上处理").signals().isUrgent()).isTrue();
		assertThat(this.analyzer.analyze("气死了，什么破服务，我要投诉到12315").signals().isComplaintRisk()).isTrue();
		assertThat(this.analyzer.analyze("Could you tell me the invoice date?").signals())
			.isEqualTo(SentimentSignals.NONE);
	}

	@Test
	void mixedLanguageUsesBothLexicons() {
		SentimentAssessment mixed = this.analyzer.analyze("这个 app 太差了, really disappointed");
		assertThat(mixed.label().isNegative()).isTrue();
		assertThat(mixed.evidence()).extracting(Evidence::matched).contains("太差", "disappointed");
	}

	@Test
	void explainsWhichWordsDroveTheResult() {
		SentimentAssessment result = this.analyzer.analyze("I am not happy, the app keeps crashing");
		assertThat(result.evidence()).anySatisfy((e) -> {
			assertThat(e.matched()).isEqualTo("happy");
			assertThat(e.contribution()).isNegative();
			assertThat(e.explanation()).contains("negated by 'not'");
		});
	}

	@Test
	void badInputGivesNeutralWithANote() {
		assertThat(this.analyzer.analyze(null).label()).isEqualTo(SentimentLabel.NEUTRAL);
		assertThat(this.analyzer.analyze("").evidence()).extracting(Evidence::explanation)
			.anyMatch((s) -> s.contains("empty"));
		assertThat(this.analyzer.analyze("\u0000\u0001\u0002".repeat(50)).label()).isEqualTo(SentimentLabel.NEUTRAL);
		SentimentAssessment huge = this.analyzer.analyze("bad ".repeat(300_000));
		assertThat(huge.evidence()).extracting(Evidence::explanation).anyMatch((s) -> s.contains("analysed the first"));
		assertThat(this.analyzer.analyze("12345 6789").label()).isEqualTo(SentimentLabel.NEUTRAL);
	}

	@Test
	void otherLanguagesSayThereIsNoLexicon() {
		SentimentAssessment german = this.analyzer.analyze("Die Anwendung funktioniert nicht, bitte helfen Sie mir");
		assertThat(german.language()).isEqualTo(Language.GERMAN);
		assertThat(german.evidence()).extracting(Evidence::explanation)
			.anyMatch((s) -> s.contains("no sentiment lexicon"));
	}

}
