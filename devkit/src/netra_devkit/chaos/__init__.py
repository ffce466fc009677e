"""`make chaos`: N replicas of every service as processes, reports pushed through while replicas are SIGKILLed and
restarted, then a verdict from the topics and the databases (`verdict.py`: the counting, pure)."""
