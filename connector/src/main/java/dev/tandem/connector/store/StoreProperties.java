package dev.tandem.connector.store;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code tandem.connector.store.*}: how the connector's own indices are created.
 *
 * @param replicas replicas of each connector index: 0 suits the single local node (a
 * replica would turn it yellow); use 1 or more on a real cluster
 */
@Validated
@ConfigurationProperties("tandem.connector.store")
public record StoreProperties(@DefaultValue("0") @Min(0) int replicas) {

}
