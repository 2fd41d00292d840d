package dev.tandem.connector.gaps;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.tandem.connector.gaps.internal.GapLabels;
import dev.tandem.kb.analysis.Language;
import dev.tandem.kb.embedding.TextEmbedder;

/**
 * Turns gap tickets into ranked knowledge gaps: embeds each ticket's masked text with its
 * language's model (vectors of different models are not comparable, so each language
 * clusters on its own), clusters by cosine similarity ({@link TopicClusterer}), labels
 * each cluster by its distinctive words, and ranks by volume plus growth over the
 * previous period. No I/O besides the embedder.
 */
public final class GapFinder {

	private static final int MAX_TEXT = 600;

	private static final int LABEL_WORDS = 3;

	private final TextEmbedder embedder;

	private final GapLabels labels;

	private final GapProperties properties;

	public GapFinder(TextEmbedder embedder, GapLabels labels, GapProperties properties) {
		this.embedder = embedder;
		this.labels = labels;
		this.properties = properties;
	}

	/**
	 * @param tickets gap tickets of both periods
	 * @param from start of the current period (earlier tickets are the previous period's)
	 * @return gaps with at least {@code minSize} tickets and one in the current period,
	 * highest ranked first
	 */
	public List<KnowledgeGap> find(List<GapTicket> tickets, Instant from) {
		Map<Language, List<GapTicket>> byLanguage = new TreeMap<>();
		for (GapTicket ticket : tickets) {
			byLanguage
				.computeIfAbsent(Language.ofTag(ticket.language()).orElse(Language.ENGLISH), (key) -> new ArrayList<>())
				.add(ticket);
		}
		List<List<GapTicket>> clusters = new ArrayList<>();
		TopicClusterer clusterer = new TopicClusterer(this.properties.similarity());
		byLanguage.forEach((language, group) -> {
			List<String> texts = group.stream().map(GapFinder::embeddingText).toList();
			List<float[]> vectors = this.embedder.embedAll(texts, language);
			for (List<Integer> members : clusterer.cluster(vectors)) {
				clusters.add(members.stream().map(group::get).toList());
			}
		});
		List<List<GapTicket>> kept = clusters.stream()
			.filter((cluster) -> cluster.size() >= this.properties.minSize())
			.filter((cluster) -> cluster.stream().anyMatch((ticket) -> !ticket.receivedAt().isBefore(from)))
			.toList();
		List<List<String>> names = this.labels.label(kept.stream()
			.map((cluster) -> cluster.stream()
				.map((ticket) -> this.labels.words(ticket.summary(), ticket.text()))
				.toList())
			.toList(), LABEL_WORDS);
		List<KnowledgeGap> gaps = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			gaps.add(gap(kept.get(i), names.get(i), from));
		}
		return gaps.stream()
			.sorted(Comparator.comparingDouble(KnowledgeGap::score)
				.reversed()
				.thenComparing(Comparator.comparingInt(KnowledgeGap::size).reversed())
				.thenComparing(KnowledgeGap::id))
			.limit(this.properties.maxGaps())
			.toList();
	}

	private KnowledgeGap gap(List<GapTicket> cluster, List<String> words, Instant from) {
		List<GapTicket> current = cluster.stream().filter((ticket) -> !ticket.receivedAt().isBefore(from)).toList();
		int size = current.size();
		int previous = cluster.size() - size;
		Map<String, Integer> languages = new LinkedHashMap<>();
		Map<String, Integer> categories = new LinkedHashMap<>();
		for (GapTicket ticket : current) {
			languages.merge(ticket.language(), 1, Integer::sum);
			ticket.category().ifPresent((category) -> categories.merge(category, 1, Integer::sum));
		}
		List<GapExample> examples = current.stream()
			.sorted(Comparator.comparing(GapTicket::receivedAt).reversed())
			.limit(this.properties.examples())
			.map((ticket) -> new GapExample(ticket.issueKey(), ticket.summary(), ticket.language(), ticket.receivedAt(),
					ticket.question()))
			.toList();
		String earliest = cluster.stream().min(Comparator.comparing(GapTicket::receivedAt)).orElseThrow().issueKey();
		String label = words.isEmpty() ? current.get(0).summary() : String.join(" ", words);
		double score = size + Math.max(0, size - previous);
		return new KnowledgeGap(id(earliest), label, size, previous, GapTrend.of(size, previous),
				(int) current.stream().filter(GapTicket::answerFailed).count(), examples, languages, categories, score);
	}

	private static String embeddingText(GapTicket ticket) {
		String text = ticket.summary().isBlank() ? ticket.text() : ticket.summary() + "\n" + ticket.text();
		return (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	private static String id(String earliestIssueKey) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(earliestIssueKey.getBytes(StandardCharsets.UTF_8));
			return "gap-" + HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
