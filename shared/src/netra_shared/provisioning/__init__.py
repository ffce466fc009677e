"""Provisioning a deployment's Kafka before its services start: topics and DLQs from the registry, and the ACLs of
every principal (`python -m netra_shared.provisioning.provision`, docker-compose's one-shot job)."""
