package org.plaza.identity.account;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;

import org.plaza.identity.IdentitySettings;
import org.plaza.starter.security.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a store without an administrator, creates one. Its password comes from {@code PLAZA_ADMIN_PASSWORD}
 * (checked against the password rules) or is generated, printed once to the console (never to the log)
 * and must be replaced at the first sign-in.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final IdentitySettings settings;
    private final Clock clock;
    private final PrintStream console;

    AdminBootstrap(StaffAccounts accounts, PasswordEncoder passwords, PasswordPolicy policy, IdentitySettings settings,
            Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.settings = settings;
        this.clock = clock;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByRolesContaining(StaffRole.ADMIN)) {
            return;
        }
        String username = AccountService.normalizeUsername(settings.bootstrapAdmin().username());
        String configured = settings.bootstrapAdmin().password();
        boolean generated = configured == null || configured.isEmpty();
        String password = generated ? OneTimePasswords.next() : configured;
        if (!generated) {
            Optional<String> refusal = policy.refusal(password, username, null);
            if (refusal.isPresent()) {
                throw new IllegalStateException("PLAZA_ADMIN_PASSWORD does not meet the password rules (" + refusal.get()
                        + "): at least 12 characters, not a common password, not based on the user name.");
            }
        }
        String email = AccountService.checkedEmail(settings.bootstrapAdmin().email());
        StaffAccount admin = StaffAccount.firstAdministrator(OneTimePasswords.newStaffId(), username, email,
                passwords.encode(password), generated, clock.instant());
        try {
            accounts.save(admin);
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            return;
        }
        log.info("Created the first administrator account '{}' ({}).", username,
                generated ? "one-time password printed on the console" : "password from PLAZA_ADMIN_PASSWORD");
        if (generated) {
            console.println();
            console.println("=================================================================");
            console.println(" Plaza identity: first administrator / primer administrador");
            console.println("   user / usuario:                 " + username);
            console.println("   one-time password / contraseña: " + password);
            console.println(" Shown only this once; choose a new one at the first sign-in.");
            console.println(" Se muestra solo esta vez; elige otra al iniciar sesión.");
            console.println("=================================================================");
            console.println();
        }
    }
}
