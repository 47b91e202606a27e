package com.voiceorder.restaurant.infrastructure;

import com.voiceorder.restaurant.domain.ApiToken;
import com.voiceorder.restaurant.domain.AppUser;
import com.voiceorder.restaurant.domain.Role;
import com.voiceorder.restaurant.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext(unitName = "voiceorder")
    private EntityManager em;

    protected JpaUserRepository() {
    }

    public JpaUserRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :username", AppUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<AppUser> findById(long id) {
        return Optional.ofNullable(em.find(AppUser.class, id));
    }

    @Override
    public List<AppUser> findAll() {
        return em.createQuery("SELECT u FROM AppUser u ORDER BY u.username", AppUser.class).getResultList();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return !em.createQuery("SELECT u.id FROM AppUser u WHERE u.role = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public AppUser save(AppUser user) {
        if (user.getId() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiToken> findTokensOf(long userId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.userId = :user ORDER BY t.createdAt", ApiToken.class)
                .setParameter("user", userId).getResultList();
    }

    @Override
    public ApiToken save(ApiToken token) {
        if (token.getId() == null) {
            em.persist(token);
            return token;
        }
        return em.merge(token);
    }
}
