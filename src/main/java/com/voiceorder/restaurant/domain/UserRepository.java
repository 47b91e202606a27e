package com.voiceorder.restaurant.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findById(long id);

    List<AppUser> findAll();

    boolean anyWithRole(Role role);

    AppUser save(AppUser user);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    List<ApiToken> findTokensOf(long userId);

    ApiToken save(ApiToken token);
}
