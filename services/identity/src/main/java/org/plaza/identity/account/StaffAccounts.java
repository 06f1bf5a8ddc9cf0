package org.plaza.identity.account;

import java.util.List;
import java.util.Optional;

import org.plaza.starter.security.StaffRole;
import org.springframework.data.mongodb.repository.MongoRepository;

/** Every staff account, by id and by user name. */
public interface StaffAccounts extends MongoRepository<StaffAccount, String> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByRolesContaining(StaffRole role);

    List<StaffAccount> findAllByOrderByUsernameAsc();
}
