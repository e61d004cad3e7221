package io.averted.shared;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The order of a mutation's steps, and that nothing is written unless every step let it through. */
class ChangeTest {

    static final class Thing extends Versioned {
        Thing(long version) {
            this.version = version;
        }
    }

    static final UserError PROBLEM = UserError.of(UserErrorCode.INVALID, "title", "bad title");
    final AtomicInteger writes = new AtomicInteger();

    Result<String> write(Change.Checks<Thing> checks) {
        return checks.apply(thing -> "written " + writes.incrementAndGet());
    }

    @Test
    void not_found_is_the_whole_answer_and_no_role_or_rule_is_asked() {
        AtomicInteger asked = new AtomicInteger();

        Result<String> result = write(Change.<Thing>of(Optional.empty(), "id", "The thing")
                .authorize(t -> asked.incrementAndGet())
                .validate(List.of())
                .check(t -> { asked.incrementAndGet(); return List.of(); }));

        assertThat(result.errors().stream().map(UserError::code).toList(), contains(UserErrorCode.NOT_FOUND));
        assertThat(asked.get(), equalTo(0));
        assertThat(writes.get(), equalTo(0));
    }

    @Test
    void a_role_refused_stops_before_anything_else() {
        assertThrows(AccessDeniedException.class, () -> Change.of(Optional.of(new Thing(1)), "id", "The thing")
                .authorize(t -> { throw new AccessDeniedException("no"); }));
    }

    @Test
    void input_rule_and_version_problems_are_reported_together_and_nothing_is_written() {
        Result<String> result = write(Change.of(Optional.of(new Thing(2)), "id", "The thing")
                .authorize(t -> { })
                .validate(List.of(PROBLEM))
                .check(t -> List.of(UserError.of(UserErrorCode.INVALID, "status", "not now")))
                .version(t -> t, 1));

        assertThat(result.errors().stream().map(UserError::field).toList(), contains("title", "status", "version"));
        assertThat(writes.get(), equalTo(0));
    }

    @Test
    void a_refusal_answers_alone() {
        Result<String> result = write(Change.of(Optional.of(new Thing(2)), "id", "The thing")
                .authorize(t -> { })
                .unless(t -> List.of(UserError.of(UserErrorCode.SPONSOR_REQUIRED, "id", "ask the sponsor")))
                .validate(List.of(PROBLEM))
                .version(t -> t, 1));

        assertThat(result.errors().stream().map(UserError::code).toList(), contains(UserErrorCode.SPONSOR_REQUIRED));
    }

    @Test
    void a_later_rule_waits_for_the_earlier_ones() {
        AtomicInteger asked = new AtomicInteger();

        write(Change.of(Optional.of(new Thing(2)), "id", "The thing").authorize(t -> { }).validate(List.of())
                .version(t -> t, 1)
                .thenCheck(t -> { asked.incrementAndGet(); return List.of(); }));

        assertThat(asked.get(), equalTo(0));
    }

    @Test
    void the_write_runs_once_when_everything_let_it_through() {
        Result<String> result = write(Change.of(Optional.of(new Thing(1)), "id", "The thing")
                .authorize(t -> { }).validate(List.of()).check(t -> List.of()).version(t -> t, 1));

        assertThat(result.value(), equalTo("written 1"));
        assertThat(writes.get(), equalTo(1));
    }
}
