package dev.tandem.connector.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.tandem.kb.answering.AnswerRetriever;
import dev.tandem.kb.answering.ArticleMatch;
import dev.tandem.kb.answering.RetrievalOptions;
import dev.tandem.kb.answering.RetrievalResult;

/**
 * {@link AnswerCandidates} on the knowledge base: hybrid retrieval with the calibrated
 * auto-answer threshold ({@link AnswerRetriever}), published articles only, and the best
 * article's automatic-answer text from the article store (the others' is left empty:
 * replies and suggestions use the best one only). The article link comes from
 * {@code tandem.answering.article-url} (e.g.
 * {@code https://help.example.com/articles/{id}}); without it replies carry no link.
 */
public class KnowledgeBaseAnswers implements AnswerCandidates {

	private final AnswerRetriever retriever;

	private final ArticleAnswers articles;

	private final Optional<String> urlTemplate;

	public KnowledgeBaseAnswers(AnswerRetriever retriever, ArticleAnswers articles, Optional<String> urlTemplate) {
		this.retriever = retriever;
		this.articles = articles;
		this.urlTemplate = urlTemplate.filter((template) -> template.contains("{id}"));
	}

	@Override
	public Answers find(String maskedQuestion) {
		return answers(this.retriever.retrieve(maskedQuestion, RetrievalOptions.defaults()));
	}

	/**
	 * Answers for several questions at once: one embedding call and one multi-search for
	 * all of them (much cheaper per question than one by one).
	 */
	public List<Answers> findAll(List<String> maskedQuestions) {
		return this.retriever.retrieveAll(maskedQuestions, RetrievalOptions.defaults())
			.stream()
			.map(this::answers)
			.toList();
	}

	private Answers answers(RetrievalResult result) {
		List<Answers.Article> found = new ArrayList<>();
		for (ArticleMatch match : result.articles()) {
			// only the best article's answer is ever sent or suggested: one read of the
			// article store per ticket, not one per match
			String answer = found.isEmpty() ? this.articles.answerOf(match.id()) : "";
			found.add(new Answers.Article(match.id(), match.title(), match.category(), answer,
					this.urlTemplate.map((template) -> template.replace("{id}", match.id())),
					Math.max(0, Math.min(1, match.score()))));
		}
		List<String> explanations = new ArrayList<>();
		explanations
			.add(String.format(java.util.Locale.ROOT, "calibrated auto-answer threshold %.2f", result.threshold()));
		result.calibrationWarning().ifPresent(explanations::add);
		boolean answerable = result.answerable() && !found.isEmpty() && !found.get(0).answer().isBlank();
		return new Answers(answerable, Math.max(0, Math.min(1, result.confidence())),
				Optional.ofNullable(result.language()), found, explanations);
	}

}
