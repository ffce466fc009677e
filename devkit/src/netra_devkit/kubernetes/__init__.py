"""Kubernetes manifests for a real cluster, generated from the registry and the services' settings.

    python -m netra_devkit.kubernetes            # writes deploy/kubernetes/base/ (make kubernetes)
    python -m netra_devkit.kubernetes --check    # exits 1 when the committed files differ from what it would write

What a cluster needs installed first: Strimzi (Kafka, KafkaNodePool, KafkaTopic, KafkaUser), MongoDB's community
operator (MongoDBCommunity) and KEDA (ScaledObject, TriggerAuthentication). The base is generated;
`deploy/kubernetes/overlays/production/` is written by hand and only patches it (replicas, resources, image tag)
and generates the passwords' Secrets from files `deploy/kubernetes/make-secrets.sh` writes (never committed).
"""
