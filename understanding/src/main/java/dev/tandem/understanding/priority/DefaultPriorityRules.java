package dev.tandem.understanding.priority;

import java.time.Duration;
import java.util.List;

import dev.tandem.understanding.priority.PriorityRules.RequestType;
import dev.tandem.understanding.priority.PriorityRules.Rule;
import dev.tandem.understanding.priority.PriorityRules.Vip;

/**
 * The rule set Tandem ships with, in English and Chinese. Admins replace it through
 * configuration or at run time; it is a starting point, not a policy.
 */
final class DefaultPriorityRules {

	static final PriorityRules RULES = new PriorityRules(
			Priority.MEDIUM, List.of(
					Rule.atLeast("outage", Priority.HIGHEST,
							List.of("outage", "service down", "site is down", "site down", "system down", "server down",
									"production down", "prod down", "is down for everyone", "not reachable",
									"unreachable", "all users", "everyone is affected", "nobody can", "no one can",
									"宕机", "服务中断", "系统崩溃", "系统瘫痪", "全部用户", "所有用户", "服务不可用", "网站打不开", "全挂了"),
							List.of("\\b(entire|whole|all)\\b.{0,30}\\b(down|offline|unavailable)\\b")),
					Rule.atLeast("data-loss-or-security", Priority.HIGHEST,
							List.of("data loss", "lost all", "deleted all", "data breach", "security breach", "hacked",
									"compromised", "ransomware", "leaked", "unauthorized access", "数据丢失", "数据泄露",
									"数据泄漏", "被黑", "账号被盗", "账户被盗", "被入侵", "信息泄露"),
							List.of()),
					Rule.atLeast(
							"payment-problem", Priority.HIGH,
							List.of("charged twice", "double charged", "double charge", "charged two times",
									"unauthorized charge", "unauthorised charge", "payment failed", "fraud",
									"fraudulent", "扣款两次", "重复扣款", "扣了两次", "多扣", "盗刷", "支付失败", "付款失败", "乱扣费"),
							List.of("\\bcharged\\b.{0,20}\\b(twice|two times|2 times|again)\\b")),
					Rule.atLeast("cannot-log-in", Priority.HIGH,
							List.of("cannot log in", "can't log in", "cannot login", "can't login", "unable to log in",
									"unable to login", "locked out", "account locked", "account is locked",
									"login failed", "can not log in", "无法登录", "登录不了", "登不上", "不能登录", "登录失败", "账号被锁",
									"账户被冻结", "账号被冻结"),
							List.of()),
					Rule.atLeast("urgent-wording", Priority.HIGH,
							List.of("urgent", "urgently", "asap", "emergency", "critical", "blocker", "紧急", "加急",
									"十万火急"),
							List.of()),
					Rule.atMost("question-or-idea", Priority.LOW,
							List.of("feature request", "suggestion", "would be nice", "nice to have", "just wondering",
									"quick question", "功能建议", "建议", "咨询一下", "请问一下"),
							List.of())),
			Vip.NONE,
			List.of(new RequestType("Incident", Priority.HIGH, Duration.ofHours(4)),
					new RequestType("Service request", Priority.MEDIUM, Duration.ofHours(24)),
					new RequestType("Question", Priority.LOW, Duration.ofHours(72))));

	private DefaultPriorityRules() {
	}

}
