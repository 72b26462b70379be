{{/*
Names. The RayService name is the prefix of everything KubeRay derives from it (RayCluster
"<name>-raycluster-xxxxx", Services "<name>-serve-svc" and "<name>-head-svc", pod names), so it is
kept to 40 characters to leave room for those suffixes within Kubernetes' 63.
*/}}
{{- define "qwen-gateway.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 40 | trimSuffix "-" }}
{{- end }}

{{- define "qwen-gateway.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 40 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "qwen-gateway.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "qwen-gateway.selectorLabels" -}}
app.kubernetes.io/name: {{ include "qwen-gateway.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "qwen-gateway.labels" -}}
helm.sh/chart: {{ include "qwen-gateway.chart" . }}
{{ include "qwen-gateway.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: qwen-gateway
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "qwen-gateway.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{- define "qwen-gateway.secretName" -}}
{{- .Values.secret.existingSecret | default (printf "%s-secrets" (include "qwen-gateway.fullname" .)) }}
{{- end }}

{{/*
The Serve config KubeRay deploys (serveConfigV2): one application whose builder receives the
`gateway` values as its config, unchanged. The builder validates it with the same schema as
config.yaml; values.schema.json repeats that schema so `helm install` rejects a bad config first.
*/}}
{{- define "qwen-gateway.serveConfig" -}}
{{- $server := .Values.gateway.server | default dict }}
{{- $app := dict "name" "qwen-gateway" "import_path" "deployments.builder:build_app" "route_prefix" "/" "args" (dict "config" .Values.gateway) }}
{{- $serve := dict "http_options" (dict "host" "0.0.0.0" "port" (int ($server.port | default 8000))) "applications" (list $app) }}
{{- toYaml $serve }}
{{- end }}

{{- define "qwen-gateway.servePort" -}}
{{- (.Values.gateway.server | default dict).port | default 8000 | int }}
{{- end }}

{{- define "qwen-gateway.metricsPort" -}}
{{- (.Values.gateway.server | default dict).metrics_port | default 8080 | int }}
{{- end }}

{{/*
Environment every Ray container gets: the Hugging Face token and the gateway's API keys from the
Secret (optional keys, so a missing one leaves the variable unset rather than blocking the pod),
then the operator's extra env.
*/}}
{{- define "qwen-gateway.env" -}}
- name: HF_TOKEN
  valueFrom:
    secretKeyRef:
      name: {{ include "qwen-gateway.secretName" . }}
      key: {{ .Values.secret.keys.hfToken }}
      optional: true
- name: QWEN_GATEWAY_API_KEYS
  valueFrom:
    secretKeyRef:
      name: {{ include "qwen-gateway.secretName" . }}
      key: {{ .Values.secret.keys.apiKeys }}
      optional: true
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Ray start parameters as YAML, every value a string as the RayService CRD requires. */}}
{{- define "qwen-gateway.rayStartParams" -}}
{{- $out := dict }}
{{- range $k, $v := . }}
{{- $_ := set $out $k (toString $v) }}
{{- end }}
{{- if $out }}
{{- toYaml $out }}
{{- end }}
{{- end }}

{{/*
Checks that values.schema.json cannot express: replica bounds, and that every GPU model of the
active profile has a worker group of its accelerator class with enough GPUs per pod (Ray Serve LLM
packs a replica's tensor-parallel GPUs onto one node).
*/}}
{{- define "qwen-gateway.validate" -}}
{{- range $i, $g := .Values.workerGroups }}
{{- if gt (int $g.minReplicas) (int $g.maxReplicas) }}
{{- fail (printf "workerGroups[%d] (%s): minReplicas (%d) exceeds maxReplicas (%d)" $i $g.accelerator (int $g.minReplicas) (int $g.maxReplicas)) }}
{{- end }}
{{- end }}
{{- $profileName := .Values.gateway.profile }}
{{- $profile := index (.Values.gateway.profiles | default dict) $profileName | default dict }}
{{- range $model, $s := $profile.models | default dict }}
{{- if and $s.accelerator (ne (toString $s.enabled) "false") }}
{{- $need := int ($s.gpus_per_replica | default 0) }}
{{- $fits := false }}
{{- $classes := list }}
{{- range $.Values.workerGroups }}
{{- $classes = append $classes (printf "%s x%d" .accelerator (int .gpusPerPod)) }}
{{- if and (eq .accelerator $s.accelerator) (ge (int .gpusPerPod) $need) }}
{{- $fits = true }}
{{- end }}
{{- end }}
{{- if not $fits }}
{{- fail (printf "gateway.profiles.%s.models.%s needs accelerator %s with %d GPU(s) per replica, but no workerGroups entry has accelerator: %s and gpusPerPod >= %d (worker groups: %s); add one or change the model's accelerator" $profileName $model $s.accelerator $need $s.accelerator $need (join ", " $classes | default "none")) }}
{{- end }}
{{- end }}
{{- end }}
{{- end }}
