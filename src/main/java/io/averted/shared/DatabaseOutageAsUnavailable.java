package io.averted.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a GraphQL API class: a database outage during one of its operations reaches the client as a typed, retryable
 * {@code UNAVAILABLE} error instead of "System error" (see {@link DatabaseOutageInterceptor}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface DatabaseOutageAsUnavailable {
}
