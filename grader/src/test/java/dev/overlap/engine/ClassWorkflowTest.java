package dev.overlap.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The instructor workflow is run on GitHub, never here: what can be checked without GitHub is checked here. */
@DisplayName("The instructor workflow that grades a class on GitHub Actions")
class ClassWorkflowTest {

    private static final Path WORKFLOW = Path.of("docs/instructor/grade-a-class.yml");
    private static final Pattern PROPERTY = Pattern.compile("-D([\\w.]+)=");

    private static JsonNode jobs;

    @BeforeAll
    static void readTheWorkflow() throws IOException {
        jobs = new YAMLMapper().readTree(Corpora.project().resolve(WORKFLOW).toFile()).get("jobs");
    }

    @Test
    @DisplayName("prepares the list, grades it on a matrix of one shard per runner, then merges the shards")
    void preparesGradesMerges() {
        assertThat(jobs.fieldNames()).toIterable().containsExactly("prepare", "grade", "merge");
        assertThat(jobs.at("/grade/needs").asText()).isEqualTo("prepare");
        assertThat(jobs.at("/grade/strategy/matrix/shard").asText())
                .isEqualTo("${{ fromJSON(needs.prepare.outputs.shards) }}");
        assertThat(jobs.at("/merge/needs").asText()).isEqualTo("grade");
        assertThat(commands("grade")).anySatisfy(command -> assertThat(command).contains("./mvnw",
                "-Dsubmissions=classroom", "-Dshard=${{ matrix.shard }}/${{ needs.prepare.outputs.count }}"));
        assertThat(commands("merge")).anySatisfy(command -> assertThat(command).contains("./mvnw",
                "-Dgrade.merge=\"$(ls -d shards/*/"));
        assertThat(with("grade", "actions/upload-artifact").get("name").asText())
                .isEqualTo("grade-shard-${{ matrix.shard }}");
        assertThat(with("merge", "actions/download-artifact").get("pattern").asText()).isEqualTo("grade-shard-*");
        assertThat(with("merge", "actions/upload-artifact").get("path").asText()).isEqualTo("target/grade/");
    }

    @Test
    @DisplayName("runs the grade run with options the kit has (properties of the root POM)")
    void usesOptionsTheKitHas() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String job : List.of("grade", "merge")) {
            commands(job).stream().filter(command -> command.contains("./mvnw")).forEach(command -> {
                Matcher option = PROPERTY.matcher(command);
                while (option.find()) {
                    used.add(option.group(1));
                }
            });
        }

        assertThat(used).containsExactlyInAnyOrder("submissions", "shard", "exercise", "grade.audience",
                "grade.merge");
        assertThat(rootPomProperties()).containsAll(used);
    }

    @Test
    @DisplayName("picks each runner's repositories with the kit's own shard rule, from its source")
    void picksRepositoriesWithTheKitsRule() {
        Pattern launch = Pattern.compile("java (\\S+\\.java) \"\\$SHARD\"");
        List<String> sources = commands("grade").stream().map(launch::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).toList();

        assertThat(sources).containsExactly("grader/src/main/java/dev/overlap/engine/Shard.java");
        assertThat(Corpora.project().resolve(sources.getFirst())).content().contains("public record Shard(");
        assertThat(jobs.at("/grade/steps").findValuesAsText("SHARD"))
                .containsExactly("${{ matrix.shard }}/${{ needs.prepare.outputs.count }}");
    }

    @Test
    @DisplayName("installs bubblewrap and lets it make user namespaces where AppArmor restricts them")
    void preparesTheSandbox() {
        assertThat(commands("grade")).anySatisfy(command -> assertThat(command)
                .contains("apt-get install -y -qq bubblewrap", "apparmor_restrict_unprivileged_userns",
                        "profile bwrap /usr/bin/bwrap flags=(unconfined)", "userns,", "apparmor_parser -r",
                        "bwrap --unshare-all"));
        assertThat(with("grade", "actions/setup-java").get("java-version").asText()).isEqualTo("21");
    }

    private static List<String> commands(String job) {
        List<String> commands = new ArrayList<>();
        jobs.get(job).get("steps").forEach(step -> {
            if (step.has("run")) {
                commands.add(step.get("run").asText());
            }
        });
        return commands;
    }

    private static JsonNode with(String job, String action) {
        List<JsonNode> steps = new ArrayList<>();
        jobs.get(job).get("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith(action + "@")) {
                steps.add(step.get("with"));
            }
        });
        assertThat(steps).as("steps of %s that use %s", job, action).hasSize(1);
        return steps.getFirst();
    }

    private static Set<String> rootPomProperties() throws Exception {
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Files.newInputStream(Corpora.project().resolve("pom.xml"))).getDocumentElement();
        Node properties = pom.getElementsByTagName("properties").item(0);
        NodeList children = properties.getChildNodes();
        return IntStream.range(0, children.getLength()).mapToObj(children::item)
                .filter(child -> child.getNodeType() == Node.ELEMENT_NODE).map(Node::getNodeName)
                .collect(Collectors.toSet());
    }
}
