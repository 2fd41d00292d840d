package dev.tandem.understanding.sentiment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An explicit request for a person must reach triage, whatever else the message says: it
 * sets the signal and is never read as very positive (a polite "thanks, but let me talk
 * to a human" is a customer the bot did not help).
 */
class PersonRequestTest {

	private final SentimentAnalyzer analyzer = new SentimentAnalyzer();

	@ParameterizedTest
	@ValueSource(strings = { "Please let me talk to a human", "Please let me talk to a human, thank you so much!!",
			"Thanks a lot, you are great, but I'd love to speak with a real person", "Can I speak to someone please?",
			"I want a human", "I need a human, please", "Connect me to a human agent", "Transfer me to an agent",
			"get me a human", "human please", "Agent!", "representative", "Could you put me through to someone?",
			"Let me chat with a human", "I would like to talk with a person", "Can a person call me back?",
			"I'd like to speak to customer service", "Is there a human I can talk to?",
			"Wonderful, now give me a human", "转人工", "转人工，谢谢！", "人工", "人工！！", "我要人工", "我要人工服务，谢谢你们，非常好", "请帮我转接人工客服",
			"找真人客服", "能不能让真人来回答", "我想和人工聊", "跟人工说话", "联系客服", "不想跟机器人聊了", "别用机器人回复我", "请安排客服人员联系我", "人工坐席",
			"太好了太棒了，转人工吧" })
	void anExplicitRequestForAPersonSetsTheSignalAndIsNeverVeryPositive(String text) {
		SentimentAssessment assessment = this.analyzer.analyze(text);
		assertThat(assessment.signals().humanRequested()).as(text).isTrue();
		assertThat(assessment.label()).as(text).isNotEqualTo(SentimentLabel.VERY_POSITIVE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Human error on our side caused the wrong invoice",
			"The agent field in the report is empty", "How do I add a person to my team?", "我们在研究人工智能产品", "人工费用是多少",
			"Thanks, the representative already fixed it", "How do I reset my password?" })
	void wordsAboutPeopleAreNotARequestForOne(String text) {
		assertThat(this.analyzer.analyze(text).signals().humanRequested()).as(text).isFalse();
	}

}
