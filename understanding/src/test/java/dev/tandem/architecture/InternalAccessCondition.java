package dev.tandem.architecture;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Fails for a dependency on {@code <root>.<feature>.internal..} from a class outside
 * {@code <root>.<feature>}.
 */
final class InternalAccessCondition extends ArchCondition<JavaClass> {

	private final Pattern internal;

	private final String rootPackage;

	InternalAccessCondition(String rootPackage) {
		super("use only the public API of other features");
		this.rootPackage = rootPackage;
		this.internal = Pattern.compile(Pattern.quote(rootPackage) + "\\.([^.]+)\\.internal(\\..*)?");
	}

	@Override
	public void check(JavaClass origin, ConditionEvents events) {
		for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
			Matcher matcher = this.internal.matcher(dependency.getTargetClass().getPackageName());
			if (matcher.matches()) {
				String feature = this.rootPackage + "." + matcher.group(1);
				String originPackage = origin.getPackageName();
				if (!(originPackage.equals(feature) || originPackage.startsWith(feature + "."))) {
					events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
				}
			}
		}
	}

}
