package io.averted;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.eclipse.microprofile.graphql.GraphQLApi;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.averted.project.ProjectCreateInput;
import io.averted.project.ProjectService;
import io.averted.shared.Change;
import io.averted.shared.DatabaseOutageAsUnavailable;
import io.averted.shared.Result;
import io.averted.shared.SystemClock;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.Entity;
import jakarta.transaction.Transactional;

/**
 * The boundaries of STYLE.md, checked on the compiled classes: a feature (the package under {@code io.averted}: project,
 * risk, milestone, prevention, incident, economics, history, demo, operations) uses another feature through its services and
 * API views, never through its repository, its GraphQL class or by writing its entities; {@code shared} knows no
 * feature; the simulation is plain Java; the time comes from the one injectable clock; every service write goes through
 * {@link Change}; no features depend on each other in a cycle.
 */
@AnalyzeClasses(packages = "io.averted", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule a_feature_never_reaches_into_another_features_repository_or_graphql_class = noClasses()
            .should(dependOnAnotherFeatures("repository or GraphQL class",
                    target -> target.isAssignableTo(PanacheRepositoryBase.class) || target.getSimpleName().endsWith("Repository")
                            || target.isAnnotatedWith(GraphQLApi.class)));

    @ArchTest
    static final ArchRule a_feature_never_writes_another_features_entities = noClasses()
            // The demo data builds the demo projects' rows of every feature directly, as fixtures do; it is dev-only.
            .that().resideOutsideOfPackage("io.averted.demo..")
            .should(writeFieldsOfAnotherFeaturesEntities());

    @ArchTest
    static final ArchRule the_simulation_uses_no_framework = noClasses()
            .that().resideInAPackage("io.averted.economics.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "io.smallrye..",
                    "io.vertx..", "org.hibernate..", "org.eclipse.microprofile..");

    @ArchTest
    static final ArchRule the_simulation_knows_nothing_of_the_rest_of_the_application = noClasses()
            .that().resideInAPackage("io.averted.economics.simulation..")
            .should().dependOnClassesThat(resideInAPackage("io.averted..").and(resideOutsideOfPackage("io.averted.economics.simulation..")));

    @ArchTest
    static final ArchRule shared_knows_no_feature = noClasses()
            .that().resideInAPackage("io.averted.shared..")
            .should().dependOnClassesThat(resideInAPackage("io.averted..").and(resideOutsideOfPackage("io.averted.shared..")));

    @ArchTest
    static final ArchRule the_time_comes_from_the_injectable_clock = noClasses()
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(YearMonth.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the date and time come from the injectable java.time.Clock (SystemClock), so tests can fix them");

    @ArchTest
    static final ArchRule only_system_clock_makes_a_clock = noClasses()
            .that().doNotHaveFullyQualifiedName(SystemClock.class.getName())
            .should().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC");

    @ArchTest
    static final ArchRule every_graphql_class_answers_a_database_outage_as_unavailable = classes()
            .that().areAnnotatedWith(GraphQLApi.class)
            .should().beAnnotatedWith(DatabaseOutageAsUnavailable.class)
            .because("a client must get a retryable UNAVAILABLE error, not \"System error\", while PostgreSQL restarts");

    @ArchTest
    static final ArchRule every_service_write_goes_through_the_one_mutation_pipeline = methods()
            .that().areAnnotatedWith(Transactional.class).and().arePublic().and().haveRawReturnType(Result.class)
            // A project has no parent to find: its creation asks for a global role instead.
            .and().doNotHaveFullName(ProjectService.class.getName() + ".create(" + ProjectCreateInput.class.getName() + ")")
            .should(callChangeOf())
            .because("Change orders the steps (found, role, validation, rules, version, write) so that a new mutation cannot forget one");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_cycle = slices()
            .matching("io.averted.(*)..")
            .should().beFreeOfCycles();

    /** The feature of a class of the application: the package right under io.averted, or none. */
    static Optional<String> feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("io.averted.")) {
            return Optional.empty();
        }
        String rest = name.substring("io.averted.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    static boolean otherFeature(JavaClass origin, JavaClass target) {
        Optional<String> from = feature(origin);
        Optional<String> to = feature(target);
        return from.isPresent() && to.isPresent() && !from.equals(to) && !to.get().equals("shared");
    }

    interface TargetTest {
        boolean matches(JavaClass target);
    }

    static ArchCondition<JavaClass> dependOnAnotherFeatures(String what, TargetTest test) {
        return new ArchCondition<>("depend on another feature's " + what) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (otherFeature(javaClass, target) && test.matches(target)) {
                        events.add(SimpleConditionEvent.satisfied(javaClass, dependency.getDescription()));
                    }
                }
            }
        };
    }

    static ArchCondition<JavaMethod> callChangeOf() {
        return new ArchCondition<>("call Change.of") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Change.class) && call.getName().equals("of"));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName() + (calls ? " calls" : " does not call") + " Change.of"));
            }
        };
    }

    static ArchCondition<JavaClass> writeFieldsOfAnotherFeaturesEntities() {
        return new ArchCondition<>("write the fields of another feature's entities") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (JavaFieldAccess access : javaClass.getFieldAccessesFromSelf()) {
                    JavaClass owner = access.getTargetOwner();
                    if (access.getAccessType() == JavaFieldAccess.AccessType.SET && otherFeature(javaClass, owner)
                            && owner.isAnnotatedWith(Entity.class)) {
                        events.add(SimpleConditionEvent.satisfied(javaClass, access.getDescription()));
                    }
                }
            }
        };
    }
}
