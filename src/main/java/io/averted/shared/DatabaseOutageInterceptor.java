package io.averted.shared;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Turns a lost database connection into {@link DatabaseUnavailableException}; every other failure passes unchanged. */
@DatabaseOutageAsUnavailable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class DatabaseOutageInterceptor {

    @AroundInvoke
    Object translate(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (RuntimeException failure) {
            throw DatabaseUnavailableException.translated(failure);
        }
    }
}
