package org.plaza.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The shape every service keeps, as rules a test checks on its compiled main classes:
 * <ul>
 * <li><b>Features without cycles.</b> Each package right under the service's root ({@code petition},
 * {@code signature}) is a feature, its adapters ({@code web}, {@code messaging}) included. Features may use
 * each other in one direction only, so a page of one feature never reaches back up into a feature that
 * builds on it.</li>
 * <li><b>Adapters at the edge.</b> Nothing outside a {@code web} package uses a class inside one, and a
 * feature's {@code web} uses no other feature's {@code web}.</li>
 * <li><b>Plural nouns are repositories.</b> Spring Data repositories are interfaces named as plural nouns
 * ({@code Petitions}); a class named as the plural of a stored document ({@code Signatures} for
 * {@code Signature}) is that document's repository and nothing else: a Spring Data interface, or a class
 * that writes its queries against MongoDB by hand.</li>
 * <li><b>One name for event wiring.</b> A class that declares the {@code Consumer<Message<…>>} beans Spring Cloud
 * Stream binds to topics is named {@code …Bindings}, and only such classes are.</li>
 * <li><b>Background work runs as jobs.</b> Periodic or deferred work is a {@code PlazaJob} bean run by the starter's
 * {@code JobRunner} (one lifecycle, one back-off, one set of metrics): no {@code @Scheduled} or
 * {@code @EnableScheduling}, no {@code SchedulingConfigurer} or {@code TaskScheduler}, no scheduled executor of
 * a service's own. Only {@code org.plaza.starter.jobs} itself may hold one.</li>
 * </ul>
 */
public final class ServiceArchitecture {

    private static final String REPOSITORY = "org.springframework.data.repository.Repository";
    private static final String MONGO_OPERATIONS = "org.springframework.data.mongodb.core.MongoOperations";
    private static final String DOCUMENT = "org.springframework.data.mongodb.core.mapping.Document";
    private static final String BEAN = "org.springframework.context.annotation.Bean";
    private static final String JOBS = "org.plaza.starter.jobs";
    /** What runs work on a schedule outside the job runner: Spring's scheduling and the JDK's scheduled executors. */
    private static final Set<String> SCHEDULERS = Set.of("org.springframework.scheduling.annotation.Scheduled",
            "org.springframework.scheduling.annotation.Schedules",
            "org.springframework.scheduling.annotation.EnableScheduling",
            "org.springframework.scheduling.annotation.SchedulingConfigurer",
            "org.springframework.scheduling.TaskScheduler",
            "org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler",
            "org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler",
            "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.ScheduledThreadPoolExecutor");

    private final String root;
    private final JavaClasses classes;

    private ServiceArchitecture(Class<?> application, String root, ImportOption scope) {
        this.root = root;
        try {
            // Only the service's own compiled classes (target/classes), not the whole class path: fast.
            Path classesFolder = Path.of(application.getProtectionDomain().getCodeSource().getLocation().toURI());
            this.classes = new ClassFileImporter().withImportOption(scope).importPath(classesFolder)
                    .that(DescribedPredicate.describe("in " + root, type -> type.getPackageName().startsWith(root)));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the classes of " + application, e);
        }
    }

    /** The rules for the service whose root package is the package of {@code application}. */
    public static ServiceArchitecture of(Class<?> application) {
        return of(application, application.getPackageName());
    }

    /**
     * The rules for the classes under {@code root} in the module that holds {@code anyClass}: for a platform module
     * such as the starter, whose packages have no application class above them.
     */
    public static ServiceArchitecture of(Class<?> anyClass, String root) {
        return new ServiceArchitecture(anyClass, root, ImportOption.Predefined.DO_NOT_INCLUDE_TESTS);
    }

    /** The same rules over a package of test classes: how the rules themselves are tested. */
    static ServiceArchitecture ofTestFixture(Class<?> application) {
        return new ServiceArchitecture(application, application.getPackageName(), location -> true);
    }

    public ServiceArchitecture featuresHaveNoCycles() {
        return check(slices().matching(root + ".(*)..").namingSlices("feature '$1'").should().beFreeOfCycles()
                .allowEmptyShould(true));
    }

    public ServiceArchitecture webIsTheEdge() {
        check(noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage(root + "..web..")
                .because("pages and APIs are adapters: the domain and other adapters never call them")
                .allowEmptyShould(true));
        return check(slices().matching(root + ".(*).web..").namingSlices("web of '$1'").should().notDependOnEachOther()
                .because("a feature's web layer uses its own feature and what lies below, not another feature's pages")
                .allowEmptyShould(true));
    }

    public ServiceArchitecture pluralNounsAreRepositories() {
        check(classes().that().areInterfaces().and().areAssignableTo(REPOSITORY).and().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("s")
                .because("repositories are named as plural nouns, like the collection they hold")
                .allowEmptyShould(true));
        Set<String> pluralsOfDocuments = classes.stream().filter(type -> type.isAnnotatedWith(DOCUMENT))
                .map(type -> plural(type.getSimpleName())).collect(Collectors.toSet());
        return check(classes().that(namedIn(pluralsOfDocuments)).and(notARepository())
                .should(new ArchCondition<JavaClass>("not exist") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        events.add(SimpleConditionEvent.violated(type, type.getName()
                                + " is named as the plural of a stored document but is not its repository"));
                    }
                }).allowEmptyShould(true));
    }

    public ServiceArchitecture eventWiringIsNamedBindings() {
        DescribedPredicate<JavaClass> declaresConsumerBeans = new DescribedPredicate<>("declare Consumer beans") {
            @Override
            public boolean test(JavaClass type) {
                return type.getMethods().stream().anyMatch(method -> method.isAnnotatedWith(BEAN)
                        && method.getRawReturnType().isEquivalentTo(Consumer.class));
            }
        };
        check(classes().that(declaresConsumerBeans).and().resideInAPackage(root + "..")
                .should().haveSimpleNameEndingWith("Bindings").allowEmptyShould(true));
        return check(classes().that().haveSimpleNameEndingWith("Bindings").and().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("declare the Consumer beans bound to topics") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        if (!declaresConsumerBeans.test(type)) {
                            events.add(SimpleConditionEvent.violated(type, type.getName()
                                    + " is named …Bindings but declares no Consumer bean"));
                        }
                    }
                }).allowEmptyShould(true));
    }

    public ServiceArchitecture backgroundWorkRunsAsJobs() {
        return check(noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackage(JOBS + "..")
                .should(new ArchCondition<JavaClass>("schedule work themselves") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        type.getDirectDependenciesFromSelf().stream()
                                .filter(use -> SCHEDULERS.contains(use.getTargetClass().getName()))
                                .forEach(use -> events.add(SimpleConditionEvent.satisfied(type, use.getDescription())));
                        type.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().isEquivalentTo(Executors.class)
                                        && call.getName().contains("Scheduled"))
                                .forEach(call -> events.add(SimpleConditionEvent.satisfied(type, call.getDescription())));
                        SCHEDULERS.stream().filter(type::isAnnotatedWith).forEach(annotation -> events.add(
                                SimpleConditionEvent.satisfied(type, type.getName() + " is annotated with " + annotation)));
                        type.getMethods().forEach(method -> SCHEDULERS.stream().filter(method::isAnnotatedWith)
                                .forEach(annotation -> events.add(SimpleConditionEvent.satisfied(method,
                                        method.getFullName() + " is annotated with " + annotation))));
                    }
                })
                .because("background work is a PlazaJob bean, run by the starter's JobRunner with one lifecycle, "
                        + "one back-off and one set of metrics")
                .allowEmptyShould(true));
    }

    /** Every rule above. */
    public void verify() {
        featuresHaveNoCycles().webIsTheEdge().pluralNounsAreRepositories().eventWiringIsNamedBindings()
                .backgroundWorkRunsAsJobs();
    }

    private ServiceArchitecture check(ArchRule rule) {
        rule.check(classes);
        return this;
    }

    private static DescribedPredicate<JavaClass> namedIn(Set<String> names) {
        return DescribedPredicate.describe("are named as the plural of a stored document",
                type -> names.contains(type.getSimpleName()));
    }

    private static DescribedPredicate<JavaClass> notARepository() {
        return DescribedPredicate.describe("are not repositories", type -> type.isTopLevelClass()
                && !(type.isInterface() && type.isAssignableTo(REPOSITORY))
                && type.getDirectDependenciesFromSelf().stream()
                        .noneMatch(use -> use.getTargetClass().isAssignableTo(MONGO_OPERATIONS)));
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.matches(".*[aeiou]y")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }
}
