package dev.tandem.understanding.priority;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.tandem.understanding.explanation.Evidence;
import dev.tandem.understanding.input.PreparedText;
import dev.tandem.understanding.language.Language;
import dev.tandem.understanding.language.LanguageDetector;
import dev.tandem.understanding.priority.PriorityAssessment.Basis;
import dev.tandem.understanding.priority.PriorityRules.Effect;
import dev.tandem.understanding.priority.PriorityRules.RequestType;
import dev.tandem.understanding.priority.internal.CompiledRules;
import dev.tandem.understanding.priority.internal.CompiledRules.Fired;
import dev.tandem.understanding.priority.internal.FeatureExtractor;

/**
 * Suggests a Jira priority: the learned model (when there is history) or the request
 * type's baseline or the default gives the starting point; rules that fire then cap it
 * ({@code AT_MOST}) and raise it ({@code AT_LEAST}, VIP), raising last so an outage
 * reported as a "quick question" is still HIGHEST. Rules and model can be replaced at run
 * time; thread-safe; never throws.
 */
public class PriorityClassifier {

	private static final String SOURCE = "priority";

	private final LanguageDetector languageDetector;

	private final FeatureExtractor features;

	private final AtomicReference<CompiledRules> rules;

	private final AtomicReference<Optional<PriorityModel>> model = new AtomicReference<>(Optional.empty());

	public PriorityClassifier() {
		this(new LanguageDetector(), PriorityRules.defaults());
	}

	public PriorityClassifier(LanguageDetector languageDetector, PriorityRules rules) {
		this.languageDetector = languageDetector;
		this.features = new FeatureExtractor(languageDetector);
		this.rules = new AtomicReference<>(new CompiledRules(rules));
	}

	/** The rules in force. */
	public PriorityRules rules() {
		return this.rules.get().rules();
	}

	/**
	 * Puts new rules in force for every following classification. Rules are validated
	 * when constructed, so an invalid set never gets here.
	 */
	public void replaceRules(PriorityRules rules) {
		this.rules.set(new CompiledRules(rules));
	}

	/** The learned model in use, if any. */
	public Optional<PriorityModel> model() {
		return this.model.get();
	}

	/**
	 * Uses {@code model} from now on; {@code Optional.empty()} goes back to rules only.
	 */
	public void replaceModel(Optional<PriorityModel> model) {
		this.model.set((model != null) ? model : Optional.empty());
	}

	public PriorityAssessment classify(PriorityRequest request) {
		PreparedText prepared = PreparedText.of(request.text());
		return classify(request, this.languageDetector.detect(prepared.text()).language());
	}

	/** Classifies with the language already known (saves detecting it twice). */
	public PriorityAssessment classify(PriorityRequest request, Language language) {
		CompiledRules compiled = this.rules.get();
		PreparedText prepared = PreparedText.of(request.text());
		List<Evidence> evidence = new ArrayList<>(prepared.notes(SOURCE));
		try {
			return assess(request, language, compiled, prepared, evidence);
		}
		catch (RuntimeException ex) {
			evidence.add(Evidence.note(SOURCE, "classification failed, default priority used: " + ex));
			PriorityRules rules = compiled.rules();
			return new PriorityAssessment(rules.defaultPriority(), Basis.DEFAULT, rules.defaultPriority(), 0, List.of(),
					Optional.empty(), Map.of(), evidence);
		}
	}

	private PriorityAssessment assess(PriorityRequest request, Language language, CompiledRules compiled,
			PreparedText prepared, List<Evidence> evidence) {
		PriorityRules rules = compiled.rules();
		Optional<RequestType> requestType = request.requestType().flatMap(rules::requestType);
		Priority baseline = rules.defaultPriority();
		Basis basis = Basis.DEFAULT;
		double confidence = 0.5;
		Map<Priority, Double> probabilities = Map.of();
		Optional<PriorityModel> model = this.model.get();
		if (model.isPresent() && !prepared.isBlank()) {
			PriorityModel.Prediction prediction = model.get()
				.predict(this.features.features(prepared.text(), language, model.get().usesBigrams()));
			baseline = prediction.priority();
			basis = Basis.MODEL;
			confidence = prediction.probability();
			probabilities = prediction.probabilities();
			evidence.add(new Evidence(SOURCE + ".model", baseline.name(), round(confidence),
					"learned from %d resolved tickets"
						.formatted(model.get().trainingCounts().values().stream().mapToInt(Integer::intValue).sum())));
			prediction.topFeatures()
				.forEach((feature) -> evidence.add(new Evidence(SOURCE + ".model.term", feature.getKey(),
						feature.getValue(), "points to " + prediction.priority().name())));
		}
		else if (requestType.isPresent()) {
			baseline = requestType.get().priority();
			basis = Basis.REQUEST_TYPE;
			evidence.add(new Evidence(SOURCE + ".request-type", requestType.get().name(), 0,
					"baseline of request type '%s'".formatted(requestType.get().name())));
		}
		else {
			evidence.add(Evidence.note(SOURCE,
					(model.isEmpty() ? "no learned model yet: " : "") + "default priority " + baseline.name()));
		}
		Priority priority = baseline;
		List<String> fired = new ArrayList<>();
		List<Fired> matches = compiled.match(prepared.text());
		for (Effect effect : List.of(Effect.AT_MOST, Effect.AT_LEAST)) {
			for (Fired match : matches) {
				if (match.rule().effect() != effect) {
					continue;
				}
				Priority before = priority;
				priority = (effect == Effect.AT_LEAST) ? priority.atLeast(match.rule().priority())
						: priority.atMost(match.rule().priority());
				fired.add(match.rule().name());
				evidence.add(new Evidence(SOURCE + ".rule:" + match.rule().name(), match.matched(),
						before.ordinal() - priority.ordinal(),
						"%s %s%s".formatted((effect == Effect.AT_LEAST) ? "at least" : "at most",
								match.rule().priority(),
								(before == priority) ? " (no change)" : ": " + before + " -> " + priority)));
			}
		}
		if (request.reporter().map(compiled::isVip).orElse(false)) {
			Priority before = priority;
			priority = priority.atLeast(rules.vip().minimum());
			fired.add("vip");
			evidence.add(new Evidence(SOURCE + ".rule:vip", "reporter", before.ordinal() - priority.ordinal(),
					"reporter is on the VIP list: at least " + rules.vip().minimum()));
		}
		if (!fired.isEmpty() && basis != Basis.MODEL) {
			confidence = 0.8;
		}
		Optional<Duration> sla = requestType.flatMap(RequestType::slaIfSet);
		return new PriorityAssessment(priority, basis, baseline, round(confidence), fired, sla, probabilities,
				evidence);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
