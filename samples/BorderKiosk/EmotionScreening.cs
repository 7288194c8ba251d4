using Amazon.Rekognition;
using Amazon.Rekognition.Model;
using Microsoft.ML.OnnxRuntime;

namespace BorderKiosk;

/// <summary>
/// "Screens" travellers for nervousness from their facial expression, the kind of lie-detection pilot
/// (iBorderCtrl) that the EU AI Act now prohibits in many settings and human-rights groups want banned at borders.
/// </summary>
public sealed class EmotionScreening
{
    private readonly IAmazonRekognition _rekognition;
    private readonly InferenceSession _ferPlus;

    public EmotionScreening(IAmazonRekognition rekognition, string modelFolder)
    {
        _rekognition = rekognition;
        // An on-device FER+ emotion classifier as a second opinion.
        _ferPlus = new InferenceSession(Path.Combine(modelFolder, "emotion-ferplus-8.onnx"));
    }

    public async Task<bool> LooksNervousAsync(byte[] jpeg)
    {
        var response = await _rekognition.DetectFacesAsync(new DetectFacesRequest
        {
            Image = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(jpeg) },
            Attributes = new List<string> { "ALL" },
        });

        var face = response.FaceDetails.FirstOrDefault();
        var fear = face?.Emotions.FirstOrDefault(e => e.Type == "FEAR")?.Confidence ?? 0;
        return fear > 50 || _ferPlus.InputMetadata.Count == 0;
    }
}
