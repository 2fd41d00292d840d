package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Knowledge-base retrieval for tickets triaged at the same moment, in one batch: the
 * embedding model embeds a batch much faster per text than one text at a time (see
 * {@code docs/benchmarks.md}), and the searches go to Elasticsearch as one multi-search.
 * No timer and no thread of its own: a caller that finds no batch running runs one with
 * every question waiting (its own included), the others wait for it; when nobody else
 * asks, a question is retrieved alone at once, so a quiet system adds no delay.
 */
public class BatchedAnswers implements AnswerCandidates {

	private final KnowledgeBaseAnswers answers;

	private final int maxBatch;

	private final ConcurrentLinkedQueue<Request> waiting = new ConcurrentLinkedQueue<>();

	private final ReentrantLock running = new ReentrantLock();

	public BatchedAnswers(KnowledgeBaseAnswers answers, int maxBatch) {
		this.answers = answers;
		this.maxBatch = maxBatch;
	}

	@Override
	public Answers find(String maskedQuestion) {
		Request mine = new Request(maskedQuestion);
		this.waiting.add(mine);
		while (!mine.answer.isDone()) {
			this.running.lock();
			try {
				if (!mine.answer.isDone()) {
					runBatch();
				}
			}
			finally {
				this.running.unlock();
			}
		}
		try {
			return mine.answer.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	private void runBatch() {
		List<Request> batch = new ArrayList<>();
		for (Request next; batch.size() < this.maxBatch && (next = this.waiting.poll()) != null;) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			// a question alone takes the single-question path: nothing to share, one call
			// less to go wrong
			List<Answers> found = (batch.size() == 1) ? List.of(this.answers.find(batch.getFirst().question()))
					: this.answers.findAll(batch.stream().map(Request::question).toList());
			for (int i = 0; i < batch.size(); i++) {
				batch.get(i).answer.complete(found.get(i));
			}
		}
		catch (RuntimeException ex) {
			// each ticket of the batch gets the failure (triage hands it to a person)
			batch.forEach((request) -> request.answer.completeExceptionally(ex));
		}
	}

	private record Request(String question, CompletableFuture<Answers> answer) {

		Request(String question) {
			this(question, new CompletableFuture<>());
		}

	}

}
