#!/usr/bin/env bash
# Builds the desktop app with jpackage (JDK 17) into target/installer/:
#   app-image  "target/installer/Discount Workbench/" (runs in place: bin/Discount Workbench)
#   deb        target/installer/discount-workbench_<version>-1_amd64.deb (installs into /opt/discount-workbench)
#   all        both (the default); the .deb is made from the app-image, so it ships exactly what was tested.
# The .deb takes minutes to compress on 2 cores: CI must not build it.
# Usage: installer/build.sh [app-image|deb|all] [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
}

TYPE=all
SKIP_BUILD=false
for arg in "$@"; do
  case "$arg" in
    app-image | deb | all) TYPE="$arg" ;;
    --skip-build) SKIP_BUILD=true ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown argument: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

JDK="${JPACKAGE_JDK:-/usr/lib/jvm/java-17-openjdk-amd64}"
OUT=target/installer
JAR=target/discount-workbench.jar
NAME="Discount Workbench"
PACKAGE=discount-workbench
MAIN_CLASS=com.discountworkbench.Launcher
VENDOR="Discount Workbench"
# One line under 80 characters: it is the .deb's synopsis and the menu entry's comment.
DESCRIPTION="Picks the most profitable discount for each customer"
MAINTAINER="${DEB_MAINTAINER:-maintainers@discountworkbench.example}"
# jpackage launchers ignore JDK_JAVA_OPTIONS, so the options the app needs are baked into the launcher:
# a 2 GB heap for training on large files, and no physical-memory polling by JavaCPP on every native allocation
# (measured: a training run 11.6 s -> 7.7 s; see Nd4jRuntime).
JAVA_OPTIONS=(-Xmx2g -Dorg.bytedeco.javacpp.maxPhysicalBytes=0)
# Modules the app needs at run time whatever jdeps reports (union with its result):
#   java.desktop     JavaFX-Swing bridge and XChart draw with AWT (BufferedImage, ImageIO)
#   jdk.unsupported  sun.misc.Unsafe, used by JavaCPP/ND4J and JavaFX
#   java.management  JVM uptime and heap figures in the start-up log and the benchmarks
#   jdk.localedata   number formats of the UI languages; locale data is a service, invisible to jdeps
#   jdk.charsets     --encoding accepts any charset name (Big5, Shift_JIS, EUC-KR, ...), looked up at run time
# Not added: jdk.crypto.ec (the app opens no TLS connection), jdk.zipfs (model and project files use
# java.util.zip streams, not the zip file system).
REQUIRED_MODULES=(java.desktop jdk.unsupported java.management jdk.localedata jdk.charsets)
LOCALES=en,zh
# Dependency jars the app never loads, left out (21 MB). Proved by running inspect, train, evaluate, score and the
# window from the app-image without them (installer/README.md, "What is left out"). Patterns match target/lib names.
UNUSED_JARS=(
  'fastutil-*.jar' # 16.5 MB; only DL4J's CollectScoresListener, DataVec's RecordConverter and stream-lib use it
  'mkl-*.jar'      # 4.4 MB; JNI bindings of Intel MKL, loaded only if org.bytedeco.openblas.load=mkl and MKL is
                   # installed: ND4J uses the bundled OpenBLAS
)

step_start=0
step() {
  step_start=$SECONDS
  echo "==> $*"
}
step_done() {
  echo "    done in $((SECONDS - step_start)) s"
}

jar_is_stale() {
  [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" -print -quit)" ]
}

build_jar() {
  if $SKIP_BUILD; then
    [ -f "$JAR" ] || { echo "$JAR is missing; run without --skip-build" >&2; exit 1; }
    return
  fi
  if jar_is_stale; then
    step "mvn package"
    mvn -B -q package -DskipTests
    step_done
  else
    echo "==> $JAR is up to date"
  fi
}

# The module list from jdeps, checked, plus REQUIRED_MODULES; cached until the jar changes.
runtime_modules() {
  local cache="$OUT/jdeps-modules.txt"
  if [ ! -f "$cache" ] || [ "$JAR" -nt "$cache" ] || [ target/lib -nt "$cache" ]; then
    step "jdeps" >&2
    local found
    found=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
      --class-path 'target/lib/*' "$JAR" | tail -n 1)
    if ! [[ "$found" =~ ^java\.base(,[a-z][a-z0-9.]*)*$ ]]; then
      echo "jdeps did not print a module list: $found" >&2
      exit 1
    fi
    echo "$found" > "$cache"
    step_done >&2
  fi
  echo "    jdeps: $(cat "$cache")" >&2
  { tr ',' '\n' < "$cache"; printf '%s\n' "${REQUIRED_MODULES[@]}"; } | sort -u | paste -sd, -
}

# A trimmed Java runtime; rebuilt only when the module list or the locales change.
build_runtime() {
  local modules="$1"
  if [ -d "$OUT/runtime" ] && [ "$(cat "$OUT/runtime.modules" 2>/dev/null)" = "$modules $LOCALES" ]; then
    echo "==> runtime is up to date ($modules)"
    return
  fi
  step "jlink $modules"
  rm -rf "$OUT/runtime"
  "$JDK/bin/jlink" --add-modules "$modules" --include-locales="$LOCALES" \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$OUT/runtime"
  echo "$modules $LOCALES" > "$OUT/runtime.modules"
  step_done
}

# What jpackage copies into the app folder ($APPDIR = lib/app): the jar, its lib/ (as its manifest class path
# expects) and the sample data, which the app looks for in sample-data/ beside its jar.
stage_input() {
  step "staging the jar, target/lib and the sample data"
  rm -rf "$OUT/input"
  mkdir -p "$OUT/input/lib" "$OUT/input/sample-data"
  cp "$JAR" "$OUT/input/"
  local excludes=()
  for pattern in "${UNUSED_JARS[@]}"; do
    excludes+=(! -name "$pattern")
  done
  find target/lib -maxdepth 1 -name '*.jar' "${excludes[@]}" -exec cp {} "$OUT/input/lib/" \;
  cp sample-data/customers.csv sample-data/README.md "$OUT/input/sample-data/"
  echo "    $(find "$OUT/input/lib" -name '*.jar' | wc -l) of $(find target/lib -name '*.jar' | wc -l) jars"
  step_done
}

app_version() {
  local version
  version=$(unzip -p "$JAR" com/discountworkbench/app.properties | sed -n 's/^version=//p')
  # jpackage wants numbers only (1.2.3): a -SNAPSHOT suffix is dropped.
  echo "${version%%-*}"
}

build_app_image() {
  local version modules
  version=$(app_version)
  modules=$(runtime_modules)
  build_runtime "$modules"
  stage_input
  step "jpackage app-image $version"
  rm -rf "${OUT:?}/$NAME"
  local options=()
  for option in "${JAVA_OPTIONS[@]}"; do
    options+=(--java-options "$option")
  done
  "$JDK/bin/jpackage" --type app-image --dest "$OUT" \
    --name "$NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --icon assets/icon-256.png \
    --input "$OUT/input" --main-jar "$(basename "$JAR")" --main-class "$MAIN_CLASS" \
    --runtime-image "$OUT/runtime" "${options[@]}"
  step_done
}

# The resource dir overrides jpackage's menu entry: JDK 17's passes no file to the launcher (no %f), so opening a
# .dwb from the file manager would start an empty window; StartupWMClass groups the window with its menu entry.
build_deb() {
  [ -d "$OUT/$NAME" ] || { echo "no app-image in $OUT/$NAME: build it first (installer/build.sh app-image)" >&2; exit 1; }
  local version
  version=$(app_version)
  step "jpackage deb $version (minutes: dpkg-deb compresses ~170 MB)"
  rm -f "$OUT/${PACKAGE}_"*.deb
  "$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$OUT/$NAME" \
    --name "$NAME" --app-version "$version" --vendor "$VENDOR" --description "$DESCRIPTION" \
    --linux-package-name "$PACKAGE" --linux-app-release 1 --linux-deb-maintainer "$MAINTAINER" \
    --linux-package-deps libgtk-3-0 \
    --linux-shortcut --linux-menu-group "Office;Finance;" --icon assets/icon-256.png \
    --file-associations installer/linux/dwb.properties --resource-dir installer/linux/resources
  step_done
}

report_sizes() {
  [ -d "$OUT/$NAME" ] && echo "app-image: $(du -sh "$OUT/$NAME" | cut -f1)  $OUT/$NAME"
  for deb in "$OUT/${PACKAGE}_"*.deb; do
    [ -f "$deb" ] && echo "deb:       $(du -h "$deb" | cut -f1)  $deb"
  done
  return 0
}

mkdir -p "$OUT"
build_jar
case "$TYPE" in
  app-image) build_app_image ;;
  deb)
    # Reuses the app-image when it holds the current jar.
    cmp -s "$OUT/$NAME/lib/app/$(basename "$JAR")" "$JAR" || build_app_image
    build_deb
    ;;
  all) build_app_image; build_deb ;;
esac
report_sizes
