package org.plaza.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * The one full platform of this module: every packaged service, started by the first test class that
 * asks for it and stopped when the whole run ends (it lives in JUnit's root store, which closes it), so
 * the platform starts once per {@code verify}, not once per class. Use it with
 * {@code @ExtendWith(FullPlatform.class)} and ask for a {@link PlazaStack} (the stack) or a
 * {@link StaffClient} (the first administrator, signed in through the gateway) as parameters of
 * {@code @BeforeAll} or test methods. Tests share it: make your own data (new campaign, new addresses).
 */
public final class FullPlatform implements ParameterResolver {

    /** The first administrator's password after the forced change of the one-time password. */
    public static final String ADMIN_PASSWORD = "ocotillo bloom river 42";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FullPlatform.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PlazaStack.class || type == StaffClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
        if (running.failure() != null) {
            throw new ParameterResolutionException("The shared platform did not start", running.failure());
        }
        if (parameter.getParameter().getType() == PlazaStack.class) {
            return running.stack();
        }
        if (running.admin() == null) {
            throw new TestAbortedException("Skipped: identity and the gateway are not packaged, so no staff can sign in "
                    + "(stack runs: " + running.stack().services() + ")");
        }
        return running.admin();
    }

    /** The started stack and its signed-in administrator, or why it failed (so it is not started again). */
    private record Running(PlazaStack stack, StaffClient admin, RuntimeException failure) implements AutoCloseable {

        static Running start() {
            String attach = System.getProperty("plaza.system-tests.attach", "").trim();
            PlazaStack stack = attach.isEmpty() ? PlazaStack.named("platform") : PlazaStack.attachedTo(Path.of(attach));
            try {
                stack.up();
                return new Running(stack, stack.runs("identity") && stack.runs("gateway") ? signInAdmin(stack) : null, null);
            } catch (RuntimeException | AssertionError e) {
                stack.close();
                return new Running(stack, null, e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e));
            }
        }

        private static StaffClient signInAdmin(PlazaStack stack) {
            StaffClient admin = new StaffClient(stack.gatewayUrl());
            Path changed = stack.dataDir().resolve("system-tests-admin-password-changed");
            HttpResponse<String> accounts = admin.signInAndOpen("/staff/identity/accounts?lang=es", "admin",
                    Files.exists(changed) ? ADMIN_PASSWORD : stack.adminOneTimePassword(), ADMIN_PASSWORD);
            assertThat(accounts.statusCode()).as(accounts.body()).isEqualTo(200);
            assertThat(accounts.uri().getPath()).isEqualTo("/staff/identity/accounts");
            try {
                Files.writeString(changed, "the first administrator's password is FullPlatform.ADMIN_PASSWORD\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return admin;
        }

        @Override
        public void close() {
            stack.close();
        }
    }
}
