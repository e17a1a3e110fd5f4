package org.postwatch.safeguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.postwatch.safeguard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ML = "org.postwatch.safeguard.detect.offensive.ml..";

    /** The on-device models' shared pieces: the sentence embedding and the meaning heads. */
    private static final String SHARED_ML = "org.postwatch.safeguard.detect.ml..";

    /** The check path is plain Java: the JDK, snakeyaml for policies, and the engine's own packages. */
    @ArchTest
    static final ArchRule engineDependsOnlyOnTheJdkAndSnakeyaml = classes()
            .that()
            .resideInAnyPackage(
                    "org.postwatch.safeguard.engine..",
                    "org.postwatch.safeguard.detectors..",
                    "org.postwatch.safeguard.text..",
                    "org.postwatch.safeguard.detect..")
            .and()
            .resideOutsideOfPackages(ML, SHARED_ML)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "org.yaml.snakeyaml..",
                    "org.postwatch.safeguard.engine..",
                    "org.postwatch.safeguard.detectors..",
                    "org.postwatch.safeguard.text..",
                    "org.postwatch.safeguard.detect..");

    /**
     * The optional classifier and meaning heads may also use the langchain4j embedding model, ONNX Runtime and the
     * Hugging Face tokenizer (session 22 runs the model file directly); nothing else may,
     * so an engine built without it runs without those libraries.
     */
    @ArchTest
    static final ArchRule onlyTheClassifierUsesTheModel = classes()
            .that()
            .resideInAnyPackage(ML, SHARED_ML)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage(
                    "java..",
                    "dev.langchain4j.model.embedding..",
                    "dev.langchain4j.data.embedding..",
                    "dev.langchain4j.model.output..",
                    "ai.onnxruntime..",
                    "ai.djl.huggingface.tokenizers..",
                    "org.postwatch.safeguard.engine..",
                    "org.postwatch.safeguard.detect..");

    @ArchTest
    static final ArchRule nothingElseUsesTheModel = classes()
            .that()
            .resideOutsideOfPackages(ML, SHARED_ML)
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..");

    /** Only the command-line tool may use Jackson, and nothing in the engine depends on the tool. */
    @ArchTest
    static final ArchRule onlyTheCliUsesJackson = classes()
            .that()
            .resideOutsideOfPackage("org.postwatch.safeguard.cli..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages("tools.jackson..", "org.postwatch.safeguard.cli..");

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.postwatch.safeguard.(*)..").should().beFreeOfCycles();

    /** No I/O in the check path: word lists are read once, when a detector is built, by WordList. */
    @ArchTest
    static final ArchRule detectorsDoNoFileOrNetworkIo = classes()
            .that()
            .resideInAnyPackage("org.postwatch.safeguard.detectors..", "org.postwatch.safeguard.engine..")
            .should()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages("java.nio.file..", "java.net..");
}
