package be.dalil.knowledge;

import java.util.Optional;

/**
 * A recommended actor and how far it is from the user's place, when both are known.
 *
 * @param approximate the actor's place is only known to its municipality or province, so the
 *     distance is between centres
 */
public record ActorMatch(Actor actor, Optional<Double> distanceKm, boolean approximate) {}
