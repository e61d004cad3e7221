package io.averted.shared;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock the application reads "now" and "today" from: inject {@link Clock} and call
 * {@code LocalDate.now(clock)} or {@code OffsetDateTime.now(clock)}, never the no-argument {@code now()}.
 * Application-scoped, so a test fixes the date with {@code QuarkusMock.installMockForType(Clock.fixed(…), Clock.class)}.
 */
@ApplicationScoped
public class SystemClock {

    /** The system clock in the JVM's default time zone, which the bare {@code now()} calls used before. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
