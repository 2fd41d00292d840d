package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class BatchedAnswersTest {

	private final KnowledgeBaseAnswers knowledgeBase = mock(KnowledgeBaseAnswers.class);

	private final List<String> asked = Collections.synchronizedList(new ArrayList<>());

	@Test
	void aQuestionAskedAloneIsRetrievedAtOnceOnItsOwn() {
		answerEachQuestionWithItself();

		Answers found = new BatchedAnswers(this.knowledgeBase, 16).find("refund?");

		assertThat(found.language()).contains("refund?");
		assertThat(this.asked).containsExactly("refund?");
	}

	@Test
	void questionsAskedTogetherEachGetTheirOwnAnswerAndAreAskedOnce() throws Exception {
		answerEachQuestionWithItself();
		BatchedAnswers batched = new BatchedAnswers(this.knowledgeBase, 4);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Answers>> answers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String question = "question " + i;
				answers.add(threads.submit(() -> batched.find(question)));
			}
			for (int i = 0; i < 40; i++) {
				assertThat(answers.get(i).get(30, TimeUnit.SECONDS).language()).contains("question " + i);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.asked).hasSize(40).doesNotHaveDuplicates();
	}

	@Test
	void aFailedRetrievalReachesTheCallerAsItsOwnException() {
		given(this.knowledgeBase.find(anyString())).willThrow(new IllegalStateException("knowledge base down"));
		given(this.knowledgeBase.findAll(anyList())).willThrow(new IllegalStateException("knowledge base down"));

		assertThatIllegalStateException().isThrownBy(() -> new BatchedAnswers(this.knowledgeBase, 16).find("refund?"))
			.withMessage("knowledge base down");
	}

	/** The fake answer names its question in the language field, to match them up. */
	private void answerEachQuestionWithItself() {
		given(this.knowledgeBase.find(anyString())).willAnswer((call) -> {
			String question = call.getArgument(0);
			this.asked.add(question);
			return new Answers(false, 0.1, Optional.of(question), List.of(), List.of());
		});
		given(this.knowledgeBase.findAll(anyList())).willAnswer((call) -> {
			List<String> questions = call.getArgument(0);
			this.asked.addAll(questions);
			return questions.stream()
				.map((question) -> new Answers(false, 0.1, Optional.of(question), List.of(), List.of()))
				.toList();
		});
	}

}
