# shellcheck shell=sh
# Sourced by ./mvnw and ./tandem: points JAVA_HOME at a JDK 21 or newer.
# Machines often keep an older default `java` (17) with a newer JDK installed beside it under /usr/lib/jvm.

tandem_jdk_major() {
  # prints the feature version of the JDK at $1 (e.g. 25), or nothing when $1 is not a JDK
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

tandem_select_jdk() {
  best_home=""
  best_major=0
  default_java=$(command -v java 2>/dev/null || true)
  default_home=""
  if [ -n "$default_java" ]; then
    default_home=$(dirname "$(dirname "$(readlink -f "$default_java")")")
  fi
  # An explicit JAVA_HOME that is new enough wins; otherwise the newest JDK found.
  if [ -n "${JAVA_HOME-}" ]; then
    major=$(tandem_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      return 0
    fi
  fi
  for home in "$default_home" /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
    "$HOME"/.jdks/*; do
    [ -d "$home" ] || continue
    major=$(tandem_jdk_major "$home")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best_home=$home
      best_major=$major
    fi
  done
  if [ -z "$best_home" ]; then
    echo "Tandem needs a JDK 21 or newer (found none): install one, e.g. Eclipse Temurin 21 or 25, and set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME=$best_home
  export JAVA_HOME
  PATH="$JAVA_HOME/bin:$PATH"
  export PATH
}
