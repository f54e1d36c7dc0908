/**
 * State that every application node must agree on. {@link SharedCaches} gives each such cache once, at start: on
 * Payara's data grid (JCache on Hazelcast) when the grid runs, so that what one node writes or clears every node
 * sees; as a map in this process when it does not (a single node, {@code --nohazelcast}, the tests), where there is
 * nobody to agree with. Caches that are correct per node by construction stay plain fields of their owners.
 */
package vn.mtbbe.platform.cluster;
